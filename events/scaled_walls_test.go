package events_test

import "testing"

// TestScaledWalls: a crowd scaling the walls, fence or gates of an
// embassy or a state compound riots (145) against its owner; "protesters
// scaled the walls of the U.S. embassy in Cairo" gave nothing before.
// Migrants scaling a border fence do not. Invented sentences.
func TestScaledWalls(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Hundreds of Egyptian protesters scaled the walls of the U.S. embassy in Cairo on Tuesday.",
			[]string{"EGYCVL 145 USA asserted"}},
		{"Protesters scaled the fence of the French embassy in Niamey on Sunday.",
			[]string{"NERCVL 145 FRA asserted"}},
		// near miss: no embassy or compound
		{"Hundreds of African migrants scaled the border fence into Spain's Melilla enclave on Sunday.",
			nil},
	}, false)
}
