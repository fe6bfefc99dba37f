package events

// Negated conditions: an act an if-, unless-, as-long-as- or
// provided-clause names as not happening ("Trump threatened to bomb Iran
// if it did not reach a deal", "would abide by the ceasefire as long as
// Israeli troops did not violate it", "will impose tariffs if Brasilia
// does not drop the case") is the condition that nothing happens: no act
// is in view, and the gold sets code none (W90503, W10143, d8p031). The
// threat or promise around it is coded as before; an act the condition
// names as happening ("if Iran attacks Israel") stays hypothetical. A
// failure or refusal to act is the same negation: "would cross into
// Congo if U.N. peacekeepers failed to disarm the rebels", "if Kosovo
// refuses to release the detained Serbs" (W35039, W16202, D0169 code
// none).

// negatedCondition reports whether the act at token i is negated in its
// verb group ("did not reach", "doesn't drop", "never sends", "failed
// to disarm": "not", "n't", "never" or failOrRefuse's word before "to" at
// most four tokens before, with only auxiliaries, modals, adverbs and
// "to" between) inside a condition or proviso opened
// before it in its clause (conditionClause, or "as long as", "provided",
// "providing").
func negatedCondition(st *sentence, i int) bool {
	toks := st.toks
	not := -1
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if w := toks[j].Lower; w == "not" || w == "n't" || w == "never" {
			not = j
			break
		}
		if toks[j].Lower == "to" && j > 0 && failOrRefuse(toks[j-1].Lower) {
			not = j - 1 // "if U.N. peacekeepers failed to disarm them"
			break
		}
		if t := toks[j]; !isAux(t) && t.Tag != "MD" && t.Tag != "RB" && t.Lower != "to" {
			return false
		}
	}
	if not < 0 {
		return false
	}
	if conditionClause(st, not) {
		return true
	}
	for j := not - 1; j >= 0 && j >= not-8; j-- {
		w := toks[j].Lower
		if w == "," || w == ";" {
			return false
		}
		if w == "provided" || w == "providing" || w == "long" && j > 0 && toks[j-1].Lower == "as" && j+1 < len(toks) && toks[j+1].Lower == "as" {
			return true
		}
	}
	return false
}

// failOrRefuse reports a form of "fail" or "refuse", which before "to" negate
// the act of the infinitive ("failed to disarm", "refuses to release").
func failOrRefuse(w string) bool {
	switch w {
	case "fail", "fails", "failed", "refuse", "refuses", "refused":
		return true
	}
	return false
}
