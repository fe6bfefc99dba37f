package events

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// passiveOnTarget returns the actor a passive act names with "on" or
// "against" before its by-agent, when the subject names none: "Sanctions
// were imposed on Iran by the European Union" is EU 163 IRN, as the
// active "imposed sanctions on Iran" is. nil when there is none.
func (c *Coder) passiveOnTarget(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	for k := h.head + 1; k+1 < len(toks) && k <= h.head+4; k++ {
		switch toks[k].Lower {
		case "by", ",", ";":
			return nil
		case "on", "against", "upon":
		default:
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+2; j++ {
			if m := st.at[j]; m >= 0 {
				if mt := st.ments[m]; !mt.Modifier {
					return []actors.Mention{mt}
				}
				return nil
			}
		}
		return nil
	}
	return nil
}

// ofByAgent returns the by-agent of an act word at i that stands as a
// bare noun object of a verb before it, as headlines write them: "UN
// welcomes release of Nigerian girls by Boko Haram", "EU condemns
// killing of protesters by police". The word takes "of" and its object,
// which no finite verb does, so it names an act whose doer is the
// by-agent, not the verb's subject. nil when the shape or the agent is
// missing.
func (c *Coder) ofByAgent(st *sentence, i int) []actors.Mention {
	toks := st.toks
	if i < 1 || i+3 >= len(toks) || toks[i+1].Lower != "of" || st.at[i] >= 0 {
		return nil
	}
	// the verb before, or a headline verb the tagger took for a plural
	// noun right after its actor ("EU welcomes release of …")
	if v := toks[i-1]; !(strings.HasPrefix(v.Tag, "VB") || v.Tag == "NNS" && i >= 2 && st.at[i-2] >= 0) || isAux(v) || st.at[i-1] >= 0 {
		return nil
	}
	by := c.nounSource(st, i)
	if len(by) == 0 || by[0].Start <= i {
		return nil
	}
	return by
}
