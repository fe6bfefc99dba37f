package events

import "github.com/dyad-events/dyad"

// seriesVerb returns the verb whose subject a finite verb at i shares in
// a series of predicates whose first object is no actor, "S V1 O, V2 …
// (and V3 …)": "Troops surrounded the town on Monday, shelled its
// outskirts for hours and arrested dozens", "Israeli troops raided the
// town of Jenin on Monday, clashed with gunmen in its streets and
// arrested …". listedVerb reads the series whose first object is an
// actor; this reads the rest, narrowly (a broad reading of far-off
// conjoined verbs lost held-out events):
//   - V2 is a past or present finite verb right after the comma, not a
//     speech verb ("…, said a spokesman" is an attribution) and not a
//     participle with its agent ("…, backed by …");
//   - between the comma and V1 stand only the words of V1's object and
//     adjuncts (nouns, adjectives, determiners, numbers, prepositions,
//     adverbs, dates, actors, object pronouns), no subject pronoun, no
//     other verb, no clause opener or relative pronoun, no other comma,
//     at most 15 tokens: so V1's clause runs on into V2 with no clause
//     boundary, and nothing in between could be V2's subject;
//   - V1 has V2's tense and is no speech verb ("The rebels, he told
//     reporters, dug trenches": an aside, see sources_asides.go).
//
// -1 when i is no such verb. Its subject is V1's (CODING.md: the actor is
// the doer of each act; conjoined predicates share their subject).
func seriesVerb(st *sentence, i int) int {
	toks := st.toks
	if i < 3 || toks[i-1].Text != "," || toks[i].Tag != "VBD" && toks[i].Tag != "VBZ" || st.at[i] >= 0 || i+1 < len(toks) && toks[i+1].Lower == "by" {
		return -1
	}
	if speechLemma(toks[i].Lemma) {
		return -1
	}
	for k := i - 2; k >= 0 && k >= i-16; k-- {
		t := toks[k]
		if st.at[k] >= 0 || st.isDate[k] {
			continue
		}
		if t.Tag == toks[i].Tag && startsLowerASCII(t.Text) {
			if speechLemma(t.Lemma) || isAux(t) || k == 0 {
				return -1
			}
			return k
		}
		if !seriesObjectTok(t) {
			return -1
		}
	}
	return -1
}

// speechLemma reports a verb of saying, whose subject speaks rather than
// acts and whose clause is often an aside or an attribution.
func speechLemma(l string) bool {
	switch l {
	case "say", "tell", "add", "report", "write", "announce", "claim", "note", "state", "insist", "warn", "explain", "confirm":
		return true
	}
	return false
}

// seriesObjectTok reports a token that may stand in a verb's object or
// adjuncts between the verb and a comma that continues a series of
// predicates: "the town of Jenin on Monday", "its outskirts for hours",
// "them near the border".
func seriesObjectTok(t dyad.Token) bool {
	switch t.Tag {
	case "DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "TO", "PRP$", "POS", "RB", "RP", "HYPH":
		return true
	case "IN":
		switch t.Lower {
		case "that", "because", "if", "while", "although", "though", "whereas", "unless", "as", "whether", "when":
			return false
		}
		return true
	case "PRP":
		switch t.Lower {
		case "him", "her", "them", "it", "us":
			return true
		}
		return false
	}
	return t.Text == "-" || t.Lower == "'s" || t.Lower == "’s"
}
