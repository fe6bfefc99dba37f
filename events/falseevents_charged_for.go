package events

// The act a person is wanted, held, tried or punished for, named by a
// nominal after "for" or "over" ("Oman handed over two Yemeni men wanted
// over a bombing in Aden", "a man jailed for the attack on the embassy"),
// is the cause of a legal step told in passing: a background nominal in a
// cause phrase, which CODING.md and the gold README (background-nominal)
// do not code. The act's doer is at most suspected, and the phrase
// carries no date of its own; the legal step itself, when the sentence
// tells it as news ("police arrested two men over the bombing"), is coded
// from its own verb.

// chargedCause reports the preposition at j ("for", "over") right after a
// word of [charged for] (words.txt): "wanted over", "jailed for".
func chargedCause(st *sentence, j int) bool {
	return j > 0 && st.words.chargedFor[st.toks[j-1].Lower]
}
