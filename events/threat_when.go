package events

import "github.com/dyad-events/dyad"

// A fronted "when" clause in the present tense before a threat
// in the future is its condition, as an "if" clause is: the actor of that
// clause is whom the threat is aimed at (conditionActors).
//
//	"When Azerbaijan strikes Armenia, Yerevan will retaliate"            ARM 138 AZE (future)
//	"Eritrea said that when Ethiopia attacks Assab, Asmara will retaliate"  ERI 138 ETH (future)
//
// A past clause ("When Azerbaijan struck Armenia, Yerevan retaliated") tells what
// happened (retaliation.go); a "when" after the threat ("will retaliate
// when the time is right") is no condition on another's act.

// futureWhen reports token k as a "when" opening the sentence or
// a clause after a comma, whose clause has a present-tense verb and no
// past one or modal and ends with a comma before token head, the verb of
// a future or supposed act h.
func futureWhen(st *sentence, h *verbHit, k int) bool {
	toks := st.toks
	if toks[k].Lower != "when" || k >= h.head || h.status != dyad.Future && h.status != dyad.Hypothetical {
		return false
	}
	if k > 0 && toks[k-1].Text != "," && toks[k-1].Lower != "that" {
		return false
	}
	present := false
	for j := k + 1; j < h.head; j++ {
		switch t := toks[j]; {
		case t.Text == ",":
			return present
		case t.Tag == "VBD" || t.Tag == "MD" || t.Text == ";" || t.Lower == "that":
			return false
		case t.Tag == "VBZ" || t.Tag == "VBP":
			present = true
		}
	}
	return false
}
