package events

import "github.com/dyad-events/dyad"

// A sentence that opens with a past participle before a common noun
// ("Armed separatists killed two soldiers", "Heavily armed gunmen
// stormed a church") has no subject before the participle, so it cannot
// be the clause's verb: it describes the noun, which is the subject of
// the verb that follows. Read as a verb, "Armed separatists" matched the
// arming pattern (072) as a candidate of its own. A participle before a
// preposition or a comma opens a participial clause ("Armed with rifles,
// the gunmen …", "Backed by Iran, …") and is left as it is.

// degreeAdverb reports an adverb of degree that the tagger may read as a
// name when it opens a sentence with its capital ("Heavily armed").
func degreeAdverb(w string) bool {
	switch w {
	case "heavily", "lightly", "well", "poorly", "fully", "newly", "recently":
		return true
	}
	return false
}

// openingParticiple reports the participle at i as the sentence's first
// word, past adverbs only ("Heavily"), followed at once by a lower-case
// common noun.
func openingParticiple(toks []dyad.Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	for j := 0; j < i; j++ {
		if toks[j].Tag != "RB" && !degreeAdverb(toks[j].Lower) {
			return false // (not a name before it: "Italy armed rebels in Libya")
		}
	}
	n := toks[i+1]
	return (n.Tag == "NN" || n.Tag == "NNS") && startsLowerASCII(n.Text)
}
