package events_test

import "testing"

// TestScuffle codes, on sentences written for this test, "scuffle" from
// events/data/verbs.txt: two states' troops scuffling fight each other
// (190 both ways, as "clash" does), protesters scuffling with police
// riot (145, as "clash with police" does).
func TestScuffle(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Thai and Cambodian soldiers scuffled at a border temple on Friday.",
			[]string{"THAMIL 190 KHMMIL asserted", "KHMMIL 190 THAMIL asserted"}},
		{"Georgian protesters scuffled with riot police outside parliament in Tbilisi on Friday.",
			[]string{"GEOCVL 145 GEOCOP asserted"}},
	}, false)
}
