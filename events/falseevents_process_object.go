package events

// Talks or a meeting named as the object of a verb that acts on a process
// already under way ("threatened the EU-brokered talks between Belgrade
// and Pristina", "block the opening of new chapters in Turkey's
// membership talks with the EU") are the subject matter of that act, not
// a consultation of the day (CODING.md: nominal events are coded when they
// are an argument of the main predicate and have an actor; the verb's own
// act is coded). A meeting overshadowed or disrupted did take place, and
// such verbs are not in the list.

import "strings"

// processObject reports a nominal consultation (a hit of root 04 that is
// nounLike) whose noun phrase, read back over determiners, adjectives,
// numbers, lower-case nouns, possessives, hyphenated modifiers, actors and
// "of" or "in" between noun phrases, up to twelve words, is the object of
// a word of [process verbs] (by lemma or form).
func processObject(st *sentence, h *verbHit) bool {
	if !strings.HasPrefix(h.code, "04") || !nounLike(st, h) {
		return false
	}
	toks := st.toks
	verbs := st.words.processVerbs
	j := h.head - 1
	for ; j >= 0 && j >= h.head-12; j-- {
		t := toks[j]
		if verbs[t.Lemma] || verbs[t.Lower] {
			return true
		}
		switch {
		case st.at[j] >= 0, t.Tag == "DT", t.Tag == "JJ", t.Tag == "CD", t.Tag == "POS", t.Tag == "PRP$",
			strings.HasPrefix(t.Tag, "NN") && startsLowerASCII(t.Text), strings.Contains(t.Text, "-"),
			t.Lower == "of", t.Lower == "in":
			continue
		}
		return false
	}
	return false
}
