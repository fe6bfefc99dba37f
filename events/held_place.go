package events

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// heldObject reads an object that opens, after determiners and adjectives,
// with an armed group's "-held" or "-controlled" word (armedObject's words:
// "rebel-held", "militant-controlled", "separatist-held") followed by up
// to two modifiers and a noun of a place: "the rebel-held mountain town of
// Zintan", "the militant-held port city of Kismayo", "the rebel-held
// northern town of Adigrat", "separatist-held industrial suburbs". It
// returns the group word's token and its role code (REB; CRM for gangs),
// or -1 when there is none. armedObject reads the word right before its
// noun ("rebel-held town"); the nouns are [held places] of
// data/words.txt. The holder's word names who holds the place
// however many modifiers come between, so a state's strike there is aimed
// at the group, not at the place's civilians (gold: W13201, W20039,
// W20062, W39045 code the holding group).
func heldObject(st *sentence, from int) (int, string) {
	toks := st.toks
	for k := from; k+1 < len(toks) && k < from+4; k++ {
		w := toks[k].Lower
		held := strings.TrimSuffix(strings.TrimSuffix(w, "-held"), "-controlled")
		if held == w {
			if toks[k].Tag != "DT" && toks[k].Tag != "JJ" && toks[k].Tag != "JJS" && toks[k].Tag != "CD" {
				return -1, ""
			}
			continue
		}
		probe := []dyad.Token{{Lower: held + "-held"}, {Lower: "areas"}}
		_, sector := armedObject(probe, 0)
		if sector == "" {
			return -1, ""
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if st.words.heldPlaces[toks[j].Lower] {
				return k, sector
			}
			if !strings.HasPrefix(toks[j].Tag, "NN") && !strings.HasPrefix(toks[j].Tag, "JJ") || strings.HasPrefix(toks[j].Tag, "NNP") {
				return -1, ""
			}
		}
		return -1, ""
	}
	return -1, ""
}

// noHeldObject reports no heldObject after from.
func noHeldObject(st *sentence, from int) bool {
	k, _ := heldObject(st, from)
	return k < 0
}
