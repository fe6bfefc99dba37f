package events

import "github.com/dyad-events/dyad"

// withOthers reports a mutual verb whose "with" phrase follows the
// pattern's words directly and names people other than the subjects
// themselves (a phrase whose head noun is plural): "the Kenyan and Ugandan governments met with rural
// communities", "held talks with village elders". The subjects each met
// that party, whom no actor codes; they did not meet each other (CODING.md:
// nothing is invented among co-members of a list). "met with each other"
// and "met with one another" are the subjects' own meeting; a bare
// "met" or "met on Monday" has no "with" phrase and stays between them.
func withOthers(toks []dyad.Token, h *verbHit) bool {
	j := h.end
	if j > 0 && j <= len(toks) && toks[j-1].Lower == "with" {
		j-- // a pattern ending in its own "with" ("meet with")
	}
	if j < 0 || j+1 >= len(toks) || toks[j].Lower != "with" {
		return false
	}
	switch toks[j+1].Lower {
	case "each", "one":
		return false
	}
	// the phrase names people: its head noun is plural ("rural
	// communities", "village elders"), not a manner ("with great
	// fanfare", "with the aim of ending the dispute")
	head := ""
	for k := j + 1; k < len(toks) && k <= j+5; k++ {
		t := toks[k].Tag
		if t == "NN" || t == "NNS" {
			head = t
			continue
		}
		if head != "" || t != "DT" && t != "PRP$" && t != "JJ" && t != "CD" && t != "VBN" {
			break
		}
	}
	return head == "NNS"
}
