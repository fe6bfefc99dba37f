package events

// An act named as what someone wants or needs ("Turkey wants Russia's
// backing for its plan", "Kyiv needs Western support", "hoped for a
// Chinese mediation") has not happened: it is a wish, and no deed of the
// actor who would do it (RUS 051 for "wants Russia's backing" told a
// support nobody had given). "Won Russia's backing" is done and stays.

// wantedAct reports a nominal act (nounLike) whose noun phrase, read
// back over determiners, adjectives, nouns, numbers, possessives and
// actors, is the object of a verb of [wish verbs] (words.txt), or its
// "for" object ("hoped for"), as fearedAct reads a worry's object.
func wantedAct(st *sentence, h *verbHit) bool {
	if !nounLike(st, h) {
		return false
	}
	toks := st.toks
	wish := func(j int) bool { return st.words.wishVerbs[toks[j].Lemma] || st.words.wishVerbs[toks[j].Lower] }
	j := h.head - 1
	for j >= 0 && !wish(j) && (st.at[j] >= 0 || toks[j].Tag == "JJ" || toks[j].Tag == "DT" || toks[j].Tag == "CD" || toks[j].Tag == "POS" || toks[j].Tag == "PRP$" || toks[j].Tag == "NN" && startsLowerASCII(toks[j].Text)) {
		j--
	}
	if j >= 1 && toks[j].Lower == "for" {
		j--
	}
	return j >= 0 && wish(j)
}
