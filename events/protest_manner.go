package events

import "strings"

// A protest whose manner a participle tells ("rallied outside the prime
// minister's office, throwing firebombs at the building", "besieged the
// Japanese embassy, throwing eggs and plastic bottles") is one protest,
// coded by its most specific form, the violent one (145), as the gold
// sets code it (W35016, W42014): not a rally or a siege beside it.

// violentManner recodes 145 a live protest hit (root 14, not 145, or a
// siege, which a crowd's subject makes a protest) of a
// finite verb whose clause goes on, after a comma, with a participle
// coded 145 ("…, throwing stones"), no other finite verb or clause word
// between, and sets the participle aside: it tells how the same crowd
// protested, and the protest's own words keep its target ("rallied
// outside parliament" LEG, "besieged the U.S. embassy" USA).
func violentManner(st *sentence, hits []verbHit, live []bool) {
	toks := st.toks
	for b := range hits {
		hb := &hits[b]
		if !live[b] || hb.code != "145" || toks[hb.head].Tag != "VBG" || hb.head < 2 {
			continue
		}
		c := hb.head - 1
		for c > 0 && toks[c].Tag == "RB" {
			c--
		}
		if toks[c].Text != "," {
			continue
		}
		for a := range hits {
			ha := &hits[a]
			crowd := strings.HasPrefix(ha.code, "14") && ha.code != "145" || ha.code == "191" && toks[ha.head].Lemma == "besiege" // a crowd's siege is a protest (refined to 144 later)
			if a == b || !live[a] || !crowd || ha.head >= c || !finite(toks[ha.head].Tag) {
				continue
			}
			if mannerSpan(st, ha.head+1, c) {
				ha.code = "145" // "rallied outside his office, throwing firebombs": one violent protest,
				live[b] = false // with the rally's target ("outside parliament": LEG)
				break
			}
		}
	}
}

// mannerSpan reports tokens [lo, hi) with no finite verb, clause
// boundary or conjunction of clauses: the rest of the protest's clause
// before the comma that opens its participle.
func mannerSpan(st *sentence, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		t := st.toks[k]
		if t.Text == "," || t.Text == ";" || t.Text == ":" || finite(t.Tag) {
			return false
		}
		switch t.Lower {
		case "and", "but", "while", "as", "after", "before", "when", "who", "which", "that":
			return false
		}
	}
	return true
}
