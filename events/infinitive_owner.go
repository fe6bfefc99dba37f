package events

import "github.com/dyad-events/dyad"

// infinitiveOwner reports an actor ending at token end that is the
// subject of an infinitive right after it ("to stop", "to end") whose
// clause runs unbroken to the possessive at its (no comma, semicolon,
// conjunction, finite verb or further "to" clause between: "ordered the
// ambassador to leave … and recalled its own envoy" is the orderer's): "wants the Sudanese government to stop
// killing its own people" — "its" is the government's, the infinitive's
// subject, not the United States' who want it. possessor prefers such an
// actor as it does a clause's subject.
func infinitiveOwner(toks []dyad.Token, end, its int) bool {
	if end+1 >= its || toks[end].Lower != "to" || toks[end+1].Tag != "VB" {
		return false
	}
	for k := end + 2; k < its; k++ {
		if t := toks[k]; t.Text == "," || t.Text == ";" || t.Lower == "to" || t.Tag == "CC" || finite(t.Tag) || subordinator(t.Lower) {
			return false
		}
	}
	return true
}
