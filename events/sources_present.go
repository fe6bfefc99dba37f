package events

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// presentConjunct returns the speaker for a past-tense verb h coordinated
// after a complement whose subject src was found by the plain search, when
// that complement's verb is in the present, the subjunctive or a present
// modal ("it was vital that Iran take steps … and called on all states",
// "said that Iran must stop … and called on"): "called" cannot continue
// "take" or "must stop", so it is the speaker's, like "said … and
// demanded" (sources_conjuncts.go). A past or perfect complement ("said
// Iran had taken steps and called …") keeps src; so does any other case.
func (c *Coder) presentConjunct(st *sentence, h *verbHit, src []actors.Mention) []actors.Mention {
	toks := st.toks
	if len(src) == 0 || h.p.Noun || h.passive || toks[h.head].Tag != "VBD" {
		return src
	}
	k := src[len(src)-1].End
	for k < h.head && !strings.HasPrefix(toks[k].Tag, "VB") && toks[k].Tag != "MD" {
		k++
	}
	if k >= h.head {
		return src
	}
	switch toks[k].Tag {
	case "VB", "VBP", "VBZ":
	case "MD":
		switch toks[k].Lower {
		case "must", "will", "should", "shall", "can", "may":
		default:
			return src // "would", "could", "might": the report's own past
		}
	default:
		return src
	}
	g, v, _, _ := c.conjunctGovernorComma(st, h)
	if len(g) == 0 || v < 0 || v >= src[0].Start {
		return src
	}
	return g
}
