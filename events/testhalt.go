package events

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// compoundedOn reports a noun compounded onto the word ending a match at
// end-1 (the headnoun flag of verbs.txt): "suspended its nuclear test ban
// treaty" halts no test, the treaty is what is suspended. A gerund may
// take its object ("stopped firing missiles", "halted testing rockets"):
// that is no compound.
func compoundedOn(toks []dyad.Token, end int) bool {
	if end < 1 || end >= len(toks) {
		return false
	}
	if strings.HasSuffix(toks[end-1].Lower, "ing") && toks[end].Tag == "NNS" {
		return false // "stopped firing missiles": the gerund's object
	}
	return nounTag(toks[end].Tag)
}
