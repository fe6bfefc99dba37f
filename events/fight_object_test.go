package events_test

import "testing"

// TestFoughtObject: "fight" with one subject and its party as a direct object
// is the subject's fight alone (fight_object.go foughtObject); "fought
// with" the party, or a battle with it, stay both ways.
func TestFoughtObject(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"As Chad fights jihadist insurgents, aid agencies warn of hunger.",
			[]string{"TCD 190 TCDREB asserted 2024-07-13"}},
		{"Malian troops fought separatist rebels near Kidal on Friday.",
			[]string{"MLIMIL 190 MLIREB asserted 2024-07-12"}},
		{"Malian troops fought a day-long battle with separatist rebels near Kidal on Friday.",
			[]string{"MLIMIL 190 MLIREB asserted 2024-07-12", "MLIREB 190 MLIMIL asserted 2024-07-12"}},
		{"Malian troops fought with separatist rebels near Kidal on Friday.",
			[]string{"MLIMIL 190 MLIREB asserted 2024-07-12", "MLIREB 190 MLIMIL asserted 2024-07-12"}},
	}, true)
}
