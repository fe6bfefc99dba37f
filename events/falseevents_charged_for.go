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

// The verb may stand before its object and date ("A war crimes tribunal
// sentenced a senior opposition leader to death on Thursday for murder and
// rape during the 1971 war", gold dev57 W57023: BGDJUD 173 BGDOPP only):
// the "for" phrase is still the step's cause.

import "strings"

// chargedCause reports the preposition at j ("for", "over") after a word
// of [charged for] (words.txt), right after it ("wanted over", "jailed
// for") or past the verb's object, date and place (legalStepBefore).
func chargedCause(st *sentence, j int) bool {
	return j > 0 && (st.words.chargedFor[st.toks[j-1].Lower] || legalStepBefore(st, j))
}

// legalStepBefore reports a verb of [charged for] (a past tense or
// participle) within 16 tokens before the preposition at j, in the same
// clause: no comma, semicolon, relative word or other verb between, so
// that the words between are its object and adjuncts ("sentenced a
// senior leader of the opposition party to death on Thursday for").
func legalStepBefore(st *sentence, j int) bool {
	toks := st.toks
	for k := j - 1; k >= 0 && k >= j-16; k-- {
		t := toks[k]
		if t.Text == "," || t.Text == ";" || t.Text == ":" || relativeWord(t.Lower) {
			return false
		}
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" {
			return (t.Tag == "VBD" || t.Tag == "VBN") && st.words.chargedFor[t.Lower]
		}
	}
	return false
}
