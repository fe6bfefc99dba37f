package events

// Killed in a gunfight, actively told. "Indian security forces killed
// three militants in a gunfight" is fighting with small arms (193), as
// the open gold codes it (dev6-actors d6a008, dev wire W13012) and as the
// passive "was killed in a firefight with Israeli troops" is coded
// (fight_passive.go). A shootout stays the general 190 (W11234: a
// mutual exchange), as does a killing in clashes or a raid.

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// smallArmsFight reports "in" right after the one target of the active
// killing h (from: one past the target), then at most four determiners,
// adjectives or numbers (fightModifier), then "firefight", "gunfight" or "gun battle".
func smallArmsFight(toks []dyad.Token, from int) bool {
	if from >= len(toks) || toks[from].Lower != "in" {
		return false
	}
	k := from + 1
	for k < len(toks) && k <= from+4 && fightModifier(toks[k]) {
		k++ // "in a brief firefight", "in an hours-long gun battle"
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].Lower {
	case "firefight", "firefights", "gunfight", "gunfights":
		return true
	case "gun":
		return k+1 < len(toks) && (toks[k+1].Lower == "battle" || toks[k+1].Lower == "battles")
	}
	return false
}

// fightModifier reports a word that may stand between "in" and the fight
// noun: a determiner, number or adjective ("a brief", "an hours-long";
// the tagger may read "brief" as a noun or verb).
func fightModifier(t dyad.Token) bool {
	switch t.Lower {
	case "firefight", "firefights", "gunfight", "gunfights", "gun":
		return false
	case "brief", "fierce", "heavy", "intense", "long", "prolonged", "short":
		return true
	}
	return t.Tag == "DT" || t.Tag == "CD" || strings.HasPrefix(t.Tag, "JJ") || strings.HasSuffix(t.Lower, "-long")
}
