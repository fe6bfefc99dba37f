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
func frontedPhraseComma(toks []dyad.Token, a, b, end int) bool {
	if len(toks) == 0 || toks[0].Tag != "IN" || !subjectOfNext(toks, end) {
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
