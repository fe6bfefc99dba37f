package actors

// Ordinary people told as displaced: "some 160,000 people displaced by
// fighting", "thousands of displaced families", "villagers uprooted by the
// floods" are refugees (REF), as "displaced people" is in agents.txt and
// "displaced Sudanese" is for a demonym (uprooted, uprootedAfter; gold
// README and agents.txt: migrants, asylum seekers and displaced people are
// REF). The displaced a building shelters are left as they are ("a school
// sheltering displaced families": an attack on it takes the place's
// state). Those who fled ("villagers fleeing fighting") keep CVL here: the
// gold codes the victims of a killing told so as civilians.

import "github.com/dyad-events/dyad"

// displacedPeople reports a people noun (CVL in agents.txt) ending at end,
// starting at start, that "displaced" or "uprooted" modifies: the word
// right before it ("displaced families") or a participle right after it
// that a preposition or the clause's end follows ("people displaced by
// fighting in northern Mali", "families displaced from Rafah").
func displacedPeople(toks []dyad.Token, start, end int) bool {
	if end <= start || end > len(toks) {
		return false
	}
	switch toks[end-1].Lower {
	case "people", "persons", "families", "civilians", "villagers", "residents", "children":
	default:
		return false
	}
	if start > 0 && uprootingWord(toks[start-1].Lower) {
		// not the people a building shelters ("bombed a school sheltering
		// displaced families"): an attack on it takes the place's state
		// (events/targets_casualties.go)
		return start < 2 || !sheltering(toks[start-2].Lower)
	}
	if end+1 >= len(toks) || !uprootingWord(toks[end].Lower) {
		return false
	}
	switch toks[end+1].Lower {
	case "by", "from", "in", "during", "since", "after", "when", ",", ".":
		return true
	}
	return false
}

// sheltering reports a participle of a building holding people:
// "sheltering", "housing", "hosting".
func sheltering(w string) bool {
	return w == "sheltering" || w == "housing" || w == "hosting"
}

// uprootingWord reports "displaced" or "uprooted".
func uprootingWord(w string) bool {
	return w == "displaced" || w == "uprooted"
}
