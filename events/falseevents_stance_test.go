package events_test

import "testing"

// stanceModifierCases: a stance (opposing, backing, supporting) told in a
// modifier of a noun, a participle right after it or a relative clause
// whose subject is its pronoun, is no event of its own
// (falseevents_stance.go stanceModifier); the clause's own act is coded.
// A stance that is a clause's own verb, and a modifier with a date of its
// own, stay. The exact events each sentence gives.
var stanceModifierCases = []familyCase{
	{"stance-modifier", "Farmers opposed to a new water tax blocked a highway near Lahore on Tuesday.", []string{"PAKAGR 144 PAKGOV asserted"}},
	{"stance-modifier", "Police fired tear gas at students in Dhaka who opposed a new quota system.", []string{"BGDCOP 175 BGDEDU asserted"}},
	{"stance-modifier", "Rioters torched shops in Noumea on Wednesday over a voting reform opposed by Kanak separatists.", []string{"NCLCVL 145 NCLGOV asserted"}},
	{"stance-modifier", "Soldiers arrested two journalists in Harare who backed the opposition candidate.", []string{"ZWEMIL 173 ZWEMED asserted"}},
	// near misses: the stance is the clause's act, or its modifier is dated
	{"stance-modifier", "China opposed the plan on Tuesday.", []string{"CHN 120 - asserted"}},
	{"stance-modifier", "Algeria said on Tuesday it opposed any foreign military intervention in Niger.", []string{"DZA 120 - asserted"}},
	{"stance-modifier", "Paris banned a march over a pension reform opposed by France's unions on Monday.", []string{"FRA 1721 FRACVL asserted", "FRALAB 120 - asserted"}},
}

// TestStanceModifier codes each case of stanceModifierCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestStanceModifier(t *testing.T) {
	checkFamilies(t, "", stanceModifierCases, false)
}
