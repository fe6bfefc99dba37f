package events

import "github.com/dyad-events/dyad"

// coordinatedHead reports token j as a past verb coordinated with the
// pattern's head at i, right after it ("beat and stripped three
// journalists", "hacked and shot to death 25 people"): the two verbs
// share the object that follows, so the second is no barrier to the
// head's slots (hits.go matchSlots).
func coordinatedHead(toks []dyad.Token, i, j int) bool {
	return j == i+2 && toks[j].Tag == "VBD" && (toks[i+1].Lower == "and" || toks[i+1].Lower == "or")
}
