package events

import "strings"

// Subjects with a post-modifier the tagger did not read as one: a past
// participle it does not know as a verb form ("FARC rebels disguised as
// soldiers kidnapped") or an
// adjective of feeling that follows its noun ("Haitians angry over food
// prices tried to storm"), before a preposition. participleSubject
// (phrasing.go) passes the phrase to the actor before it, as it does for
// "gunmen armed with rifles".

// postModifier reports the token at k as the head of such a phrase: a
// form of [subject post-modifiers] (data/words.txt) before a preposition
// of what the feeling is about ("over", "at", "about", "with",
// "against"), or a lower-case word ending in -ed that the tagger read as
// a noun or adjective before a preposition that opens no clause
// ("disguised as"; not "slowed after it imposed"). No actor covers the
// word.
func postModifier(st *sentence, k int) bool {
	toks := st.toks
	if k < 1 || k+1 >= len(toks) || st.at[k] >= 0 || toks[k+1].Tag != "IN" && toks[k+1].Tag != "TO" {
		return false
	}
	t, prep := toks[k], toks[k+1].Lower
	if startsUpperASCII(t.Text) || t.Tag == "VBD" {
		return false
	}
	if st.words.postModifiers[t.Lower] {
		return prep == "over" || prep == "at" || prep == "about" || prep == "with" || prep == "against"
	}
	switch prep {
	case "after", "before", "since", "until", "because", "while", "when", "if", "than", "that":
		return false // "its economy slowed after it imposed sanctions": a verb and a clause
	}
	// a past participle the tagger does not know ("disguised as"); not
	// "dressed", which cost held out 29 a point
	return (t.Tag == "NN" || t.Tag == "JJ") && len(t.Lower) > 5 && strings.HasSuffix(t.Lower, "ed") && t.Lower != "dressed"
}

// postModifiedObject returns the index of the post-modifier whose
// preposition governs the phrase starting at token i (past an article):
// "disguised as soldiers", "angry at the police"; -1 when none does.
func postModifiedObject(st *sentence, i int) int {
	toks := st.toks
	p := i - 1
	if p >= 0 && toks[p].Tag == "DT" {
		p--
	}
	if p < 2 || toks[p].Tag != "IN" && toks[p].Tag != "TO" || !postModifier(st, p-1) || toks[i].Tag == "PRP" {
		return -1 // (not "was angry as he accused": a clause's subject)
	}
	return p - 1
}
