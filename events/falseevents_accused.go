package events

import "github.com/dyad-events/dyad"

// "Accused" before a noun phrase is an adjective, the person's standing,
// and no accusation by anyone in the sentence: "Colombia extradited
// accused Venezuelan drug kingpin Walid Makled to Venezuela" (dev18
// W18084 coded COL 112 VEN), "Norway released accused Russian spy …",
// "an accused war criminal". The verb "accused" follows its subject or an
// auxiliary ("Russia accused", "has accused", "who accused"), never a
// determiner, a preposition or another main verb.

// attributiveAccused reports the form "accused" at i used before a noun
// phrase: right after a determiner, a possessive or a preposition ("an
// accused spy", "to accused smugglers") or right after a main verb that
// is no auxiliary ("extradited accused drug kingpin"), with a noun, an
// adjective or an actor after it.
func attributiveAccused(st *sentence, i int) bool {
	toks := st.toks
	if toks[i].Lower != "accused" || i == 0 || i+1 >= len(toks) {
		return false
	}
	if n := toks[i+1]; st.at[i+1] < 0 && n.Tag != "JJ" && n.Tag != "NN" && n.Tag != "NNS" && n.Tag != "NNP" && n.Tag != "NNPS" {
		return false // "accused him of", "accused of": the verb or a passive
	}
	p := toks[i-1]
	switch p.Tag {
	case "DT", "PRP$", "POS":
		return true
	case "IN":
		return p.Lower != "that" // ("said that accused …" is rare; "that" may open a clause)
	case "VBD", "VBN", "VBZ", "VBP", "VB":
		return !isAux(p) && !modal(p) && st.at[i-1] < 0
	}
	return false
}

// modal reports a modal verb token ("will", "would", "could", …).
func modal(t dyad.Token) bool {
	return t.Tag == "MD"
}
