package events

// Alerts answered: a state that puts its forces on alert (152) with no
// target named answers the state whose act a following "after" or "as"
// clause tells, when that clause opens with another state as its subject
// and a finite verb:
//
//	"Chad's army put units on alert on Friday after Libya massed tanks at the frontier"   TCDMIL 152 LBY
//	"Peru put its troops on alert as Ecuador began building a fence"                        PERMIL 152 ECU
//
// The target is the other state by its country code alone (the alert is
// aimed at the state, not at the unit that moved). A clause after a
// comma, a subject of the alerting state's own country, a place, a
// modifier or a possessive ("after Libya's army moved" is read by no
// rule here) give nothing.

import (
	"github.com/dyad-events/dyad/actors"
)

// alertAnswered returns the state the alert h answers (see the file
// comment), or nil.
func (c *Coder) alertAnswered(st *sentence, h *verbHit) []actors.Mention {
	if h.code != "152" || len(h.target) != 0 || len(h.source) == 0 || h.p.Noun || h.passive {
		return nil
	}
	toks := st.toks
	src := h.source[0]
	if src.Country == "" {
		return nil
	}
	for k := h.end; k+2 < len(toks) && k < h.end+15; k++ {
		if w := toks[k].Text; w == "," || w == ";" || w == "." || w == ":" {
			return nil
		}
		if st.isDate[k] || !answeringWord(toks, k) {
			continue
		}
		j := k + 1
		if toks[j].Lower == "the" {
			j++
		}
		if j >= len(toks) || st.at[j] < 0 {
			return nil
		}
		m := st.ments[st.at[j]]
		if m.Start != j || len(m.Country) != 3 || m.Place || m.Modifier || m.Possessive || m.Country == src.Country ||
			m.End >= len(toks) || !finite(toks[m.End].Tag) {
			return nil
		}
		return []actors.Mention{c.stateTarget(h, m)} // (targets_incursion.go)
	}
	return nil
}
