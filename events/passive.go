package events

import (
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
