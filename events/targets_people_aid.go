package events

// Two shapes of the aid object that peopleOfPlace (targets_far.go) reads
// past on its way to the people aid reaches: a list of goods with commas
// ("airlifted tents, blankets and water purifiers to survivors of the
// earthquake in the Iranian city of Bam" IRNCVL) and a disaster noun
// before the people ("delivered food and tents to cyclone victims in
// Mozambique's port city of Beira" MOZCVL, "began airlifting tents to
// earthquake survivors in northern Pakistan" PAKCVL). Both left the aid
// with no target, and an aid act with none is set aside.

import "github.com/dyad-events/dyad"

// objectListComma reports the comma at k as one inside a list of common
// nouns ("tents, blankets and medicine"): a plural or mass noun on each
// side, where a clause's comma has a verb, a determiner or a name after.
func objectListComma(toks []dyad.Token, k int) bool {
	if k < 1 || k+1 >= len(toks) {
		return false
	}
	noun := func(t dyad.Token) bool { return t.Tag == "NNS" || t.Tag == "NN" }
	return noun(toks[k-1]) && (noun(toks[k+1]) || toks[k+1].Tag == "JJ" && k+2 < len(toks) && noun(toks[k+2]))
}

// pastDisasterNouns returns the index after a disaster noun at j that
// modifies the people after it ("cyclone victims", "flood survivors"), or
// j itself.
func pastDisasterNouns(toks []dyad.Token, j int) int {
	if j+1 < len(toks) && disasterNoun(toks[j].Lower) && placePeople(toks[j+1].Lower) {
		return j + 1
	}
	return j
}

// disasterNoun reports a noun for a disaster whose sufferers aid reaches.
func disasterNoun(w string) bool {
	switch w {
	case "earthquake", "quake", "tsunami", "cyclone", "hurricane", "typhoon", "flood", "storm", "landslide", "drought", "famine", "disaster", "war", "conflict", "fire", "wildfire":
		return true
	}
	return false
}
