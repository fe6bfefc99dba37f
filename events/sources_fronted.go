package events

import "github.com/dyad-events/dyad"

// frontedPhraseComma reports a comma at one of tokens [a, b) that closes
// a phrase opening the sentence with a preposition ("Despite protests from
// Beijing, Japan and the Philippines signed …", "After talks with Seoul,
// Tokyo and Washington agreed …"): no list runs across it, and the
// subject list starts after it. Only the sentence's first comma counts,
// with no finite verb before it (a fronted phrase, not a clause), and
// only when the items after it are the subject of a verb (subjectOfNext
// at end): "talks between Russia, Ukraine and the US" stays one list.
// The mention before the comma, starting at token prev, must be the
// preposition's object ("from Beijing", "with the Saudis"): with no comma
// closing the phrase, "In a joint statement Britain, France and Germany
// condemned Iran" keeps Britain in the subject list.
func frontedPhraseComma(toks []dyad.Token, prev, a, b, end int) bool {
	if len(toks) == 0 || toks[0].Tag != "IN" || !subjectOfNext(toks, end) || !prepositionObject(toks, prev) {
		return false
	}
	comma := -1
	for k := a; k < b; k++ {
		if toks[k].Text == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		return false
	}
	for k := 1; k < comma; k++ {
		if toks[k].Text == "," || finite(toks[k].Tag) || toks[k].Tag == "MD" {
			return false
		}
	}
	return true
}

// prepositionObject reports whether the noun phrase starting at token i
// follows a preposition, past its determiners, possessives, numbers and
// adjectives ("from the two Koreas", "with Seoul").
func prepositionObject(toks []dyad.Token, i int) bool {
	k := i - 1
	for k >= 0 {
		switch toks[k].Tag {
		case "DT", "PRP$", "CD", "JJ", "POS":
			k--
			continue
		}
		break
	}
	return k >= 0 && toks[k].Tag == "IN"
}
