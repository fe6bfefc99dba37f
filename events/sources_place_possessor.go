package events

import "github.com/dyad-events/dyad/actors"

// A state named inside the place phrase that locates a subject: "Miners
// at Bolivia's Huanuni tin mine blocked", "Dockworkers at Liberia's
// Freeport of Monrovia downed tools". The state (or its capital) is part of the place
// ("Bolivia's", "of Monrovia"), not the subject: the people before the
// preposition act, as they do when the place is named plainly ("Miners in
// Bolivia", subjectPP in sources.go). CODING.md: a country mentioned as a
// place is not an actor; gold W44049 ZAFLAB, W49013 BOLLAB, W50027 LBRLAB.
// Only a state's or a capital's name is passed: an organisation's
// possessive names whose workplace it is ("Workers at Volkswagen's plants
// staged": the act is often against the owner), and is left as before.

// placeNameInPhrase reports the mention m, met at token q while reading a
// place phrase back from its head, as a state or a capital named inside
// that phrase: a possessor before a noun of the phrase ("Bolivia's Huanuni
// tin mine") or a name after "of" ("the Freeport of Monrovia").
func placeNameInPhrase(st *sentence, m actors.Mention) bool {
	toks := st.toks
	if m.Modifier || m.Person || !(m.Kind == actors.KindCountry || m.Kind == actors.KindCapital) {
		return false
	}
	if m.End+1 < len(toks) && isPossTok(toks[m.End]) && npTag(toks[m.End+1].Tag) {
		return true // "Bolivia's Huanuni tin mine"
	}
	return m.Start >= 2 && toks[m.Start-1].Lower == "of" && (toks[m.Start-2].Tag == "NNP" || toks[m.Start-2].Tag == "NN") && st.at[m.Start-2] < 0 // "the Freeport of Monrovia"
}

// placeOfBetween reports an "of" at q joining two nouns of a place phrase
// ("Freeport of Monrovia", "port of Mombasa"): the noun before it no
// actor's, a place name after it.
func placeOfBetween(st *sentence, q int) bool {
	toks := st.toks
	if q < 1 || q+1 >= len(toks) || toks[q].Lower != "of" || st.at[q-1] >= 0 || !(toks[q-1].Tag == "NN" || toks[q-1].Tag == "NNP") {
		return false
	}
	m := st.at[q+1]
	return m >= 0 && placeNameInPhrase(st, st.ments[m])
}
