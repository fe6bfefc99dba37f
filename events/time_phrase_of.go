package events

// An event noun in the "of" phrase of a time phrase's noun. "Hezbollah
// has fired rockets since the escalation of Israeli strikes on Lebanon"
// tells the strikes as background, as "since the Israeli strikes" does
// (CODING.md: nominals in time or cause phrases are not coded). The
// head noun of the "of" phrase stands right after "after", "before",
// "following", "since", "amid" or "during" and a determiner or
// adjectives. "condemned the escalation of Israeli strikes" (an argument
// of the main predicate) is as before.

import "github.com/dyad-events/dyad"

// timePhraseHead reports the noun at k (the one before an "of") opening a
// time phrase: its determiners and adjectives, at most three, follow one
// of the time prepositions.
func timePhraseHead(toks []dyad.Token, k int) bool {
	if k < 1 || toks[k].Tag != "NN" && toks[k].Tag != "NNS" {
		return false
	}
	j := k - 1
	for j >= 0 && j >= k-3 && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "PRP$") {
		j--
	}
	if j < 0 {
		return false
	}
	switch toks[j].Lower {
	case "after", "before", "following", "since", "amid", "during":
		return true
	}
	return false
}
