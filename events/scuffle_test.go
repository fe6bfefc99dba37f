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

// TestForceWayInto codes, on sentences written for this test, "forced
// their way into" a parliament, palace or mission (events/data/verbs.txt):
// protesters (here farmers) riot (145) against the building's body, troops assault it
// (190, lexconflict.go), and a way forced into talks is no event.
func TestForceWayInto(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Angry farmers forced their way into Ghana's parliament on Thursday.",
			[]string{"GHAAGR 145 GHALEG asserted"}},
		{"Soldiers forced their way into the presidential palace in Bamako on Thursday.",
			[]string{"MLIMIL 190 MLIGOV asserted"}},
		{"The opposition forced its way into the budget talks on Thursday.",
			nil},
	}, false)
}
