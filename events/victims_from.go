package events

import (
	"github.com/dyad-events/dyad"
)

// ownFrom returns the token of the "from" that opens the victims' own
// phrase after their mention ending at end ("evacuated civilians from
// Mariupol": the civilians are Mariupol's), or -1 when a comma or a
// relative word ("who", "which", "that") comes first: the "from" of
// another clause tells where someone came from, not where the victims
// are ("killed 11 villagers in Xaman, a settlement of refugees who had
// returned from Mexico" are Guatemala's, gold dev52 W52002).
func ownFrom(toks []dyad.Token, end int) int {
	for k := end; k < len(toks); k++ {
		switch toks[k].Lower {
		case "from":
			return k
		case ",", ";", "who", "which", "that", "whose":
			return -1
		}
		if isHardBreak(toks[k]) {
			return -1
		}
	}
	return -1
}
