package events

// Role: executions of a stated number of people at once. The gold codes
// them 1823, as it codes one or a few executed (testdata/gold/README.md
// item 31: "summarily executed at least 21 civilians", "beheaded 15
// villagers", "hanged 20 prisoners"); only "dozens", "hundreds" or more
// executed are a mass killing, 202 (massCount, conflict.go).

import (
	"github.com/dyad-events/dyad"
)

// fewExecuted reports h's head as one of [execution verbs]
// (data/words.txt) whose victims are counted at k by a stated number
// under two dozen ("at least 21 civilians", "eight drug convicts"): an
// execution, 1823, not the mass killing a count of more than twenty
// makes of other killing verbs (countedMass, mass_killing.go).
func (v *vocab) fewExecuted(toks []dyad.Token, h *verbHit, k int) bool {
	if !v.executionVerbs[toks[h.head].Lemma] {
		return false
	}
	n := leadingNumber(toks[k].Text)
	return n > 0 && n < 24
}
