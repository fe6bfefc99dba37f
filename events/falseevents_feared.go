package events

// An act named as what someone fears ("traders feared a U.S. strike on
// Iran", "fretted over a possible attack on Iranian nuclear sites",
// "worried about a Chinese blockade") has not happened: it is a worry,
// as "fears of a Russian invasion" already is ([background of]), and no
// event (CODING.md: markets and opinion are not coded; dev18 W18014).

import "slices"

// fearedAct reports a nominal act (nounLike) whose noun phrase, read
// back over determiners, adjectives, nouns, numbers and actors, is the
// object of a verb or adjective of [fear verbs] (words.txt) or of "over", "about" or
// "for" right after one ("fretted over", "braced for"). The walk stops at
// a word of the list whatever its tag (the tagger may read "feared" as a
// noun).
func fearedAct(st *sentence, h *verbHit) bool {
	return nominalObjectOf(st, h, st.words.fearVerbs, "over", "about", "for")
}

// nominalObjectOf reports a nominal act (nounLike) whose noun phrase,
// read back over determiners, adjectives, lower-case nouns, numbers,
// possessives and actors, is the object of a word of verbs (by lemma or
// form, whatever its tag), or the object of one of preps right after
// such a word ("fretted over", "hoped for"): fearedAct, wantedAct.
func nominalObjectOf(st *sentence, h *verbHit, verbs wordList, preps ...string) bool {
	if !nounLike(st, h) {
		return false
	}
	toks := st.toks
	in := func(j int) bool { return verbs[toks[j].Lemma] || verbs[toks[j].Lower] }
	j := h.head - 1
	for j >= 0 && !in(j) && (st.at[j] >= 0 || toks[j].Tag == "JJ" || toks[j].Tag == "DT" || toks[j].Tag == "CD" || toks[j].Tag == "POS" || toks[j].Tag == "PRP$" || toks[j].Tag == "NN" && startsLowerASCII(toks[j].Text)) {
		j--
	}
	if j >= 1 && slices.Contains(preps, toks[j].Lower) {
		j--
	}
	return j >= 0 && in(j)
}
