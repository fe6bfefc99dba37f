package events

import "github.com/dyad-events/dyad"

// Word classes of the second lexical pass (testdata/gold/README.md,
// events-dev7-lexical.jsonl): wire verbs that do what a class already
// known to the coder does, under another word.

// chargeRejecter reports a verb lemma whose rejection of an accusation
// noun ("rejected the accusations", "brushed off allegations by Kyiv that
// …", "scoffed at the charges") is a denial (016), not a rejection (120):
// the "reject" family of events/data/verbs.txt whose 120 patterns take an
// accusation as their object.
func chargeRejecter(lemma string) bool {
	switch lemma {
	case "reject", "dismiss", "rebuff", "brush", "shrug", "scoff", "spurn", "repudiate", "wave":
		return true
	}
	return false
}

// objectQuantity reports a preposition at j that belongs to a number inside
// a verb's object rather than ending it: "carried off more than 100
// students", "seized at least 20 passengers", "shipped about 300 shells",
// "deported up to 500 migrants". outsideObject would end the object at
// "than", "at", "about" or "to".
func objectQuantity(toks []dyad.Token, j int) bool {
	next := func(k int) string {
		if k < len(toks) {
			return toks[k].Lower
		}
		return ""
	}
	number := func(k int) bool { return k < len(toks) && toks[k].Tag == "CD" }
	switch toks[j].Lower {
	case "than":
		if j == 0 {
			return false
		}
		switch toks[j-1].Lower {
		case "more", "fewer", "less":
			return number(j + 1)
		}
	case "at":
		return (next(j+1) == "least" || next(j+1) == "most") && number(j+2)
	case "about", "around", "nearly", "approximately", "some", "over", "almost":
		return number(j + 1)
	case "up":
		return next(j+1) == "to" && number(j+2)
	case "to":
		return j > 0 && toks[j-1].Lower == "up" && number(j+1)
	}
	return false
}
