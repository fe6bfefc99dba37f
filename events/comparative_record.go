package events

// A record told by comparison: "Turkey locks up more journalists than any
// other government", "Iran executes more people than any country but
// China". A present-tense verb whose object is counted against every
// other actor describes a standing state of affairs, no act of the day.

import "github.com/dyad-events/dyad"

// recordComparison reports the present-tense verb at i followed, within
// its object, by "more" or "fewer" and then "than any" or "than all"
// (toks: the sentence's tokens): a general description, no event.
func recordComparison(toks []dyad.Token, i int) bool {
	if i >= len(toks) || toks[i].Tag != "VBZ" && toks[i].Tag != "VBP" {
		return false
	}
	k := i + 1
	if k < len(toks) && toks[k].Tag == "RP" {
		k++ // "locks up"
	}
	if k >= len(toks) || toks[k].Lower != "more" && toks[k].Lower != "fewer" {
		return false
	}
	for j := k + 1; j+1 < len(toks) && j <= k+5; j++ {
		if toks[j].Text == "," || toks[j].Text == "." {
			return false
		}
		if toks[j].Lower == "than" {
			return toks[j+1].Lower == "any" || toks[j+1].Lower == "all"
		}
	}
	return false
}
