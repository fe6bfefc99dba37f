package events_test

import "testing"

// TestSeizedSeat codes an armed group's seizure of government buildings
// or offices as ground taken from the state (seized_seats.go); troops,
// armed men (UAF), a crowd, the government's other property and a
// government named as owner keep their codes.
func TestSeizedSeat(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Southern separatists seized government buildings in Aden on Tuesday after two days of fighting.",
			[]string{"YEMREB 192 YEM asserted"}},
		{"Houthi rebels took control of government buildings in Sanaa on Sunday.",
			[]string{"YEMREB 192 YEM asserted"}},
		{"Tuareg separatists seized government buildings in Kidal on Thursday.",
			[]string{"MLIREB 192 MLI asserted"}},
		// near misses: armed men, a crowd, other property, a possessive
		{"Armed men seized the regional parliament and government buildings in Simferopol.",
			[]string{"UKRUAF 171 UKRLEG asserted", "UKRUAF 171 UKRGOV asserted"}},
		{"Protesters seized government buildings in Bishkek on Tuesday.",
			[]string{"KGZCVL 145 KGZGOV asserted"}},
		{"Houthi rebels seized the government's weapons depots in Sanaa.",
			[]string{"YEMREB 171 YEMGOV asserted"}},
	}, false)
}
