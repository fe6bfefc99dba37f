package actors

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// unitOwner reports an agent of a state institution (sectors MIL, COP or
// GOV) before a noun compound at token i whose head, its last noun, names
// the unit, craft or site itself, so that the agent is that thing's
// owner, not a modifier: "a Philippine navy supply boat", "a Russian army
// ammunition depot", "a US air force cargo plane" (but "Russian army
// supply lines", "navy budget talks" and a person's "national strike
// headquarters" keep the agent a modifier). The compound is up to three
// lower-case singular nouns (NN) before the head, a lower-case NN or NNS;
// the first plural ends it.
func unitOwner(sectors []string, toks []dyad.Token, i int) bool {
	if !slices.ContainsFunc(sectors, func(s string) bool { return s == "MIL" || s == "COP" || s == "GOV" }) {
		return false
	}
	k := i
	for ; k < len(toks) && k < i+4; k++ {
		t := toks[k]
		if r, _ := utf8.DecodeRuneInString(t.Text); !unicode.IsLower(r) || t.Tag != "NN" && t.Tag != "NNS" {
			break
		}
		if t.Tag == "NNS" {
			k++
			break
		}
	}
	if k-i < 2 {
		return false // a single noun is judged by isModifiedNoun itself
	}
	return !isModifiedNoun(toks[k-1]) && !verbLike(toks, k-1)
}
