package events

// Role: the signs that make a killing of ten to twenty civilians a mass
// killing (202) below the count of more than twenty that makes one
// alone (countedMass, mass_killing.go). The open gold codes a killing of
// 10 to 19 villagers or civilians by an armed group 202 in most lines
// (dev15 W15174, dev23 W23053, dev37 W37033, dev50 W50015, dev52
// W52002) but keeps 180 for a plain "killed 15 villagers in an attack"
// (dev5 d5a043, events ev0414); so a count under twenty-one needs a sign
// of a massacre in its clause: children among the dead
// (childrenAmongVictims), the victims killed with blades, or their homes
// burned with them.

import (
	"github.com/dyad-events/dyad"
)

// massacreSigns reports words of the killing's clause part after the
// victims' count at from that tell a massacre: the means, one of [hand
// weapons] (data/words.txt) after "with" ("killed 12 Christian villagers
// with machetes"), or a coordinated burning of homes, a lemma of [home
// burnings] whose object is one of [dwelling nouns] ("killed 19
// villagers and burned their homes", "and torched their huts"). A comma,
// a semicolon or a clause break ends the search: "killed 12 people,
// police said, with ..." says nothing of the killing's means.
func (v *vocab) massacreSigns(toks []dyad.Token, from int) bool {
	for j := from; j < len(toks) && j < from+10; j++ {
		if toks[j].Text == "," || isHardBreak(toks[j]) {
			return false
		}
		switch toks[j].Lower {
		case "with":
			for m := j + 1; m < len(toks) && m < j+4; m++ {
				if v.handWeapons[toks[m].Lower] {
					return true
				}
			}
		case "and":
			if j+1 < len(toks) && v.homeBurnings[toks[j+1].Lemma] {
				for m := j + 2; m < len(toks) && m < j+5; m++ {
					if v.dwellingNouns[toks[m].Lower] {
						return true
					}
				}
			}
		}
	}
	return false
}
