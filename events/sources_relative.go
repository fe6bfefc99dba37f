package events

// The antecedent of "who" past the adjuncts that wire copy puts between a
// verb's object and the relative clause about it: a date and a place
// ("Iraqi Kurdish authorities arrested dozens of teachers in Sulaimaniyah
// on Thursday who were protesting against unpaid salaries": the teachers
// protest). "who" names people, never the date or the place, so the
// people before them are the relative clause's subject. A date must stand
// right before "who": a place phrase alone ("people in Baghuz who spoke
// to the Guardian") may belong to the people and is left to the caller.

// pastDateAndPlace returns the token before the date expressions and
// the place phrases ("in Sulaimaniyah", "at the border", "on Lampedusa",
// "on Thursday")
// that end at token k, when k ends a date; else k. A place phrase is a
// preposition of place followed by at most four words, the last a place
// mention or a capitalised name.
func pastDateAndPlace(st *sentence, k int) int {
	toks := st.toks
	if k < 0 || !st.isDate[k] {
		return k
	}
	for range 3 {
		moved := false
		for k >= 0 && st.isDate[k] {
			k, moved = k-1, true
		}
		if k < 1 || !(st.at[k] >= 0 && st.ments[st.at[k]].Place || st.at[k] < 0 && toks[k].Tag == "NNP" && startsUpperASCII(toks[k].Text)) {
			break
		}
		p := k - 1
		for p >= 0 && p >= k-4 && (st.at[p] >= 0 && st.ments[st.at[p]].Place || toks[p].Tag == "NNP" || toks[p].Tag == "DT" || toks[p].Tag == "JJ") {
			p--
		}
		if p < 1 {
			break
		}
		switch toks[p].Lower {
		case "in", "at", "near", "outside", "inside", "on":
			k, moved = p-1, true // "on": an island ("islanders on Lampedusa on Friday who")
		}
		if !moved {
			break
		}
	}
	return k
}
