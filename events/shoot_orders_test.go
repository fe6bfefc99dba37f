package events_test

import "testing"

// TestOrdersToShoot codes police or troops ordered, told or authorised to
// shoot, kill or open fire as a threat of violent repression (137)
// against the people to be shot, the ordering state's civilians when
// nobody is named; shooting down a drone, a ceasefire order and a denied
// order are not threats carried out.
func TestOrdersToShoot(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya's president ordered police on Tuesday to shoot in the legs anyone who attacks police stations.", []string{"KENGOV 137 KENCVL asserted"}},
		{"Sri Lanka's president ordered troops to shoot looters on sight.", []string{"LKAGOV 137 LKACVL asserted"}},
		{"Tanzania's president told police to shoot anyone who resisted arrest.", []string{"TZAGOV 137 TZACVL asserted"}},
		{"Bolivia's interim government authorised soldiers to open fire on protesters.", []string{"BOLGOV 137 BOLCVL asserted"}},
		{"Nepal's government issued shoot-on-sight orders on Tuesday after the curfew was broken.", []string{"NPLGOV 137 NPLCVL asserted"}},
		{"The Philippine president told soldiers to kill communist rebels.", []string{"PHLGOV 138 PHLREB asserted"}},
		// no people shot, or no order given
		{"Ukraine's president ordered troops to shoot down any drone over Kyiv.", nil},
		{"The general ordered his troops to cease fire at midnight.", nil},
	}, false)
}
