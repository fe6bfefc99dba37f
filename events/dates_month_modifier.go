package events

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// monthModifier reports a month name at i written as the modifier of a
// noun, inside a noun phrase opened by a determiner, a possessive or an
// adjective ("endorsed Zimbabwe's disputed July election on Saturday",
// "the October parliamentary elections", "an October shooting"): the
// month names the noun's own event (an election, a summit, an uprising)
// and is no date expression of the sentence, so no verb takes it, as a
// year written before an event noun is none (dateowner.go, nounYear). A
// month after a preposition dates its clause ("in July", "since
// March"), and one before a day or a year is a full date ("July 12",
// "July 2024"), read before this.
func monthModifier(toks []dyad.Token, i int) bool {
	if i < 1 || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	if !strings.HasPrefix(n.Tag, "NN") && n.Tag != "JJ" || startsUpperASCII(n.Text) {
		return false
	}
	switch p := toks[i-1]; p.Tag {
	case "DT", "PRP$", "POS", "JJ", "VBN":
		return p.Lower != "this" && p.Lower != "that" && p.Lower != "last" && p.Lower != "next" && p.Lower != "early" && p.Lower != "late"
	}
	return false
}
