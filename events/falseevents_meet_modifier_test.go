package events_test

import "testing"

// meetModifierCases: "meet" whose object is a standard ("rules",
// "targets") keeps its idiom when a name modifies the noun ("new Russian
// labelling rules", "EU budget targets"): no meeting
// (falseevents_meet_modifier.go). Near misses: meetings with people of a
// named state or body are coded.
var meetModifierCases = []familyCase{
	{"standard", "Russia said Minsk had failed to meet new Russian labelling rules.", nil},
	{"standard", "Brussels said Athens had failed to meet EU budget targets.", nil},
	// near misses
	{"near-miss", "Putin met Chinese trade officials in Moscow on Monday.", []string{"RUSGOV 040 CHNGOV asserted", "CHNGOV 040 RUSGOV asserted"}},
	{"near-miss", "Putin met EU leaders in Moscow on Monday.", []string{"RUSGOV 040 IGOEUREEC asserted", "IGOEUREEC 040 RUSGOV asserted"}},
}

// TestMeetModifier codes each case of meetModifierCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestMeetModifier(t *testing.T) { checkFamilies(t, "", meetModifierCases, false) }
