package events

// A state's own name as the object of its government's act is what the
// act moves, not whom it is aimed at: "Trump pulled the United States out
// of the Paris accord", "withdrawing the United States from the World
// Health Organization", "halting U.S. funding for the WHO". The party the
// act turns from or to follows the state's name ("out of", "from", "for",
// "to") and is the target.

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// ownStateMoved recodes h's target when the object scan found only the
// source's own state (its bare country code, as object or modifier) and
// an actor follows it after "from", "out of", "for" or "to" within the
// noun phrase: that actor is the target. Nothing changes when no actor
// follows. A withdrawal (0874) whose target so becomes an organisation
// is membership left (160), as refine recodes one found at once.
func (c *Coder) ownStateMoved(st *sentence, h *verbHit) {
	if len(h.target) != 1 || len(h.source) == 0 || h.passive {
		return
	}
	t, src := h.target[0], h.source[0]
	if t.Country == "" || t.Code != t.Country || src.Country != t.Country || !(src.Code == src.Country || hasSector(src, "GOV")) {
		return
	}
	toks := st.toks
	if t.Start <= h.head || t.Start > h.end+3 {
		return // the state right after the verb ("pulled the United States", "halting U.S. funding")
	}
	j := t.End
	for j < len(toks) && j < t.End+3 && (toks[j].Tag == "NN" || toks[j].Tag == "NNS" || toks[j].Tag == "JJ" || toks[j].Tag == "VBG" && j == t.End) && st.at[j] < 0 {
		j++ // "U.S. funding for" (the tagger may read "funding" as a gerund: "fund" is a pattern verb)
	}
	if j+1 >= len(toks) {
		return
	}
	switch {
	case toks[j].Lower == "from" || toks[j].Lower == "for" || toks[j].Lower == "to":
		j++
	case toks[j].Lower == "out" && toks[j+1].Lower == "of":
		j += 2
	default:
		return
	}
	for k := j; k < len(toks) && k < j+4; k++ {
		if m := st.at[k]; m >= 0 {
			if st.ments[m].Country == t.Country {
				return
			}
			h.target = []actors.Mention{st.ments[m]}
			if h.code == "0874" && strings.HasPrefix(h.target[0].Code, "IGO") {
				h.code = "160" // "withdrew Russia from the Council of Europe": membership left, no retreat (refine.go)
			}
			return
		}
		if w := toks[k]; w.Tag != "DT" && w.Tag != "JJ" && w.Tag != "NNP" && w.Tag != "CD" {
			return
		}
	}
}
