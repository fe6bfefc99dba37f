package sentences

import "github.com/dyad-events/dyad"

// modalNoLonger reports the token at i as half of the adverb "no longer"
// right after a modal ("would no longer accept aid", "will no longer
// recognise the court"), which the lexicon reads as a determiner and a
// noun, so that the verb after them became a noun ("no longer accept").
// Elsewhere the two words are left to the lexicon: "no longer needed",
// "for no longer than a week" (a comparison) and "no longer" after a
// form of be read as they did (making "no longer" an adverb everywhere
// cost a held-out set a point in session 70).
func modalNoLonger(toks []dyad.Token, i int) bool {
	switch toks[i].Lower {
	case "no":
	case "longer":
		i--
	default:
		return false
	}
	return i >= 1 && i+1 < len(toks) && toks[i].Lower == "no" && toks[i+1].Lower == "longer" &&
		toks[i-1].Tag == "MD" && toks[i-1].Text != "May" &&
		(i+2 == len(toks) || toks[i+2].Lower != "than")
}
