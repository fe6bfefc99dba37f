package events_test

import "testing"

// TestPairedForces codes "both armies", "the two militaries" after an act
// of two forces as those two forces, each with the other; with no earlier
// pair, or a force with its own nationality, nothing is paired. (A
// "later" act takes the first clause's day, README item 26: dates are
// not this test's.)
func TestPairedForces(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Congolese and Rwandan soldiers exchanged fire on Wednesday, and officers from both armies later met at the frontier to calm tensions.",
			[]string{"CODMIL 190 RWAMIL asserted 2024-07-10", "RWAMIL 190 CODMIL asserted 2024-07-10", "CODMIL 040 RWAMIL asserted 2024-07-10", "RWAMIL 040 CODMIL asserted 2024-07-10"}},
		{"Indian and Pakistani troops exchanged fire on Monday, and commanders of the two armies met on Tuesday.",
			[]string{"INDMIL 190 PAKMIL asserted 2024-07-08", "PAKMIL 190 INDMIL asserted 2024-07-08", "INDMIL 040 PAKMIL asserted 2024-07-09", "PAKMIL 040 INDMIL asserted 2024-07-09"}},
		{"Thai and Cambodian soldiers clashed near the temple on Friday, and the two militaries later agreed to a ceasefire.",
			[]string{"THAMIL 190 KHMMIL asserted 2024-07-12", "KHMMIL 190 THAMIL asserted 2024-07-12", "THAMIL 0871 KHMMIL asserted 2024-07-12", "KHMMIL 0871 THAMIL asserted 2024-07-12"}},
		{"Thai soldiers clashed with Cambodian troops on Friday, and officers of the two armies met on Saturday.",
			[]string{"THAMIL 190 KHMMIL asserted 2024-07-12", "KHMMIL 190 THAMIL asserted 2024-07-12", "THAMIL 040 KHMMIL asserted 2024-07-13", "KHMMIL 040 THAMIL asserted 2024-07-13"}},
		// near misses: no earlier pair; one army named by its nationality
		{"Both armies met at the frontier on Wednesday.",
			nil},
		{"Indian troops clashed with Pakistani troops on Monday, and the Indian army later met local leaders.",
			[]string{"INDMIL 190 PAKMIL asserted 2024-07-08", "PAKMIL 190 INDMIL asserted 2024-07-08", "INDMIL 040 - asserted 2024-07-08"}},
	}, true)
}
