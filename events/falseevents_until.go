package events

// An act told in an "until" clause after a clause that is negated,
// modal or a refusal or suspension is the condition that would end
// it, not an act done (CODING.md: conditionals are not asserted; the gold
// sets code only the main clause): "refused to meet Serbia's president
// until Belgrade signed the deal", "talks were on hold until the
// government settled a dispute", "a deal could not be finalised until
// the UK had withdrawn". So is an "until" clause told in the present
// ("vowed on Tuesday to stay until the president resigns", "offered to
// keep hosting talks until a final deal is signed"): an end point still
// ahead. After an affirmative past ("held the president in a hospital
// until soldiers rescued him") the end point happened and is left to the
// other rules.

import "strings"

// untilCondition reports a verb hit h inside an "until" clause (its
// subject's words only between "until" and the verb) told in the present
// (the verb or its auxiliary), or whose main clause, back to the
// sentence's start or a semicolon or colon, is negated, holds a modal, or
// is a refusal, a suspension or a hold ("on hold", the [until refusals]
// of data/words.txt).
func untilCondition(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.p.Noun || !strings.HasPrefix(toks[h.head].Tag, "VB") || toks[h.head].Tag == "VBG" {
		return false
	}
	u := -1
	for k := h.head - 1; k >= 0 && k >= h.head-8; k-- {
		t := toks[k]
		if t.Lower == "until" || t.Lower == "till" {
			u = k
			break
		}
		if isPunct(t) && t.Tag != "POS" || strings.HasPrefix(t.Tag, "VB") && !isAux(t) || t.Tag == "MD" || t.Tag == "IN" || t.Tag == "WDT" || t.Tag == "WP" {
			return false
		}
	}
	if u < 1 {
		return false
	}
	for k := u + 1; k <= h.head; k++ {
		if t := toks[k].Tag; (t == "VBZ" || t == "VBP") && (k == h.head || isAux(toks[k])) {
			return true // the present after a past main clause: "vowed to stay until Suharto resigns", "until a deal is signed"
		}
	}
	for k := u - 1; k >= 0; k-- {
		t := toks[k]
		if t.Text == ";" || t.Text == ":" {
			return false
		}
		if t.Lower == "not" || t.Lower == "n't" || t.Lower == "never" || t.Tag == "MD" || st.words.untilRefusals[t.Lemma] && strings.HasPrefix(t.Tag, "VB") ||
			t.Lower == "hold" && k > 0 && toks[k-1].Lower == "on" {
			return true
		}
	}
	return false
}
