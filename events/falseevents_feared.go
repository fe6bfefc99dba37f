package events

// An act named as what someone fears ("traders feared a U.S. strike on
// Iran", "fretted over a possible attack on Iranian nuclear sites",
// "worried about a Chinese blockade") has not happened: it is a worry,
// as "fears of a Russian invasion" already is ([background of]), and no
// event (CODING.md: markets and opinion are not coded; dev18 W18014).

// fearedAct reports a nominal act (nounLike) whose noun phrase, read
// back over determiners, adjectives, nouns, numbers and actors, is the
// object of a verb or adjective of [fear verbs] (words.txt) or of "over", "about" or
// "for" right after one ("fretted over", "braced for"). The walk stops at
// a word of the list whatever its tag (the tagger may read "feared" as a
// noun).
func fearedAct(st *sentence, h *verbHit) bool {
	if !nounLike(st, h) {
		return false
	}
	toks := st.toks
	j := h.head - 1
	for j >= 0 && !st.words.fearVerbs[toks[j].Lemma] && !st.words.fearVerbs[toks[j].Lower] && (st.at[j] >= 0 || toks[j].Tag == "JJ" || toks[j].Tag == "DT" || toks[j].Tag == "CD" || toks[j].Tag == "POS" || toks[j].Tag == "PRP$" || toks[j].Tag == "NN" && startsLowerASCII(toks[j].Text)) {
		j--
	}
	if j < 0 {
		return false
	}
	switch toks[j].Lower {
	case "over", "about", "for":
		j--
		if j < 0 {
			return false
		}
	}
	return st.words.fearVerbs[toks[j].Lemma] || st.words.fearVerbs[toks[j].Lower]
}
