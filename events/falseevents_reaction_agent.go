package events

// A reaction's cause told with its agent after the noun ("in protest at
// the killing of a young rebel commander by soldiers", "in anger over
// the arrest of a union leader by police", "to protest against the
// clearing of their fields by a sugar company") is background as much as
// one with the agent before it ("in protest at the Israeli offensive"):
// CODING.md leaves nominals in cause phrases uncoded, and the gold sets
// code only the protest (W41031, W42023, d20092, W31047).
// backgroundNominal (falseevents_history.go) reads these helpers.

// reactionCause reports an event noun at i after the preposition at j
// ("over", "against", "for", …) that follows a noun or verb of reaction
// ([reaction at] in words.txt, "protest", "protesting", "anger") and
// whose agent a "by" phrase names after it: a reaction's cause.
func reactionCause(st *sentence, j, i int) bool {
	if j < 1 || !agentAfter(st, i) {
		return false
	}
	w := st.toks[j-1].Lower
	return st.words.reactionAt[w] || w == "protesting" || w == "protested" || st.toks[j-1].Lemma == "protest"
}

// agentAfter reports a "by" and an actor after the event noun at i,
// within its noun phrase: right after the noun or after its "of" object
// ("the killing by soldiers", "the killing of a young rebel commander by
// soldiers"), with no verb, comma or other preposition between.
func agentAfter(st *sentence, i int) bool {
	toks := st.toks
	of := false
	for k := i + 1; k < len(toks) && k <= i+10; k++ {
		t := toks[k]
		switch {
		case t.Lower == "by":
			return k+1 < len(toks) && (st.at[k+1] >= 0 || k+2 < len(toks) && (toks[k+1].Tag == "DT" || toks[k+1].Tag == "JJ") && st.at[k+2] >= 0)
		case t.Lower == "of" && !of:
			of = true
		case st.at[k] >= 0, t.Tag == "DT", t.Tag == "JJ", t.Tag == "CD", t.Tag == "PRP$", t.Tag == "POS", t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "NNP", t.Lower == "and":
		default:
			return false
		}
	}
	return false
}
