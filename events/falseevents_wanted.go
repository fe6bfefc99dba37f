package events

// An act named as what someone wants or needs ("Turkey wants Russia's
// backing for its plan", "Kyiv needs Western support", "hoped for a
// Chinese mediation") has not happened: it is a wish, and no deed of the
// actor who would do it (RUS 051 for "wants Russia's backing" told a
// support nobody had given). "Won Russia's backing" is done and stays.

// wantedAct reports a nominal act (nounLike) whose noun phrase, read
// back over determiners, adjectives, nouns, numbers, possessives and
// actors, is the object of a verb of [wish verbs] (words.txt), or its
// "for" object ("hoped for"): nominalObjectOf, as fearedAct reads a
// worry's object.
func wantedAct(st *sentence, h *verbHit) bool {
	return nominalObjectOf(st, h, st.words.wishVerbs, "for")
}
