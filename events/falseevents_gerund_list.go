package events

// An -s form coordinated with a gerund used as a noun is a plural noun,
// not a verb: "the majority of burning, looting and murders taking place",
// "with looting and murders in the capital". The tagger reads "murders"
// after "and" as a finite verb whose subject is the clause's subject ("the
// country was in chaos with looting and murders": the country murders).
// The gerund is a noun when a preposition, a determiner, an adjective or
// a verb not of "be" stands before its list; a progressive ("troops were
// looting and murders followed") is left alone.

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// gerundListNoun reports a verb hit at an -s form (VBZ) right after "and"
// or "or" whose conjunct before it is a gerund (VBG) opening, alone or
// after other gerunds and commas, a phrase that follows a preposition, a
// determiner, an adjective or a verb other than "be": a list of nouns.
func gerundListNoun(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if h.p.Noun || i < 3 || toks[i].Tag != "VBZ" {
		return false
	}
	if c := toks[i-1].Lower; c != "and" && c != "or" {
		return false
	}
	k := i - 2
	if !gerundWord(toks[k]) {
		return false
	}
	for k > 0 && (gerundWord(toks[k]) || toks[k].Text == ",") {
		k--
	}
	return nounListOpener(toks[k])
}

// gerundWord reports a gerund, tagged as a verb (VBG) or as the noun it
// is ("the looting": NN ending in -ing).
func gerundWord(t dyad.Token) bool {
	return t.Tag == "VBG" || t.Tag == "NN" && strings.HasSuffix(t.Lower, "ing")
}

// nounListOpener reports a word after which a gerund is a noun: a
// preposition ("with looting", "of burning"), a determiner, a possessive
// or an adjective ("the looting", "widespread looting"), or a verb other
// than "be" or "have" whose object the list is ("saw looting").
func nounListOpener(t dyad.Token) bool {
	switch t.Tag {
	case "IN", "DT", "PDT", "PRP$", "POS", "JJ":
		return t.Lower != "that" && t.Lower != "while" && t.Lower != "as"
	case "VBD", "VBZ", "VBP":
		return t.Lemma != "be" && t.Lemma != "have"
	}
	return false
}
