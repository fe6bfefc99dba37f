package events

// titledMet reports a person named at token k after a meeting verb behind
// a title in capitals that no actor covers ("met Chairman Paul Volcker",
// "had earlier met Federal Reserve Board Chairman Paul Volcker"): the title
// is the person's own, so the person is the one met, as "met Paul
// Volcker" is. At most four title words, each capitalised (a tagger
// may take "Reserve" for a verb).
func titledMet(st *sentence, h *verbHit, k int) bool {
	toks := st.toks
	if toks[h.head].Lemma != "meet" || k <= h.head+1 || k-h.head-1 > 4 || st.at[k] < 0 || !st.ments[st.at[k]].Person {
		return false
	}
	for j := h.head + 1; j < k; j++ {
		if t := toks[j]; !startsUpperASCII(t.Text) || st.at[j] >= 0 {
			return false
		}
	}
	return true
}
