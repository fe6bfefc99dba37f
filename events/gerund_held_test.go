package events_test

import "testing"

// TestGerundHeld: "stop supporting the rebels fighting Assad" stops the
// support, and codes no fighting stopped; a noun object of stop, halt or
// end, and a gerund the pattern names, are as before.
func TestGerundHeld(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2024-05-01", "Washington will stop supporting the rebels fighting Assad.",
			nil},
		// near misses
		{"2024-05-01", "Israel will halt its strikes on Gaza.",
			[]string{"ISR 0356 - future"}},
		{"2024-05-01", "Russia will stop the fighting in Donbas.",
			[]string{"RUS 0356 - future"}},
		{"2024-05-01", "Hamas said it would stop firing rockets at Israel.",
			[]string{"PSEREB 0356 - future"}},
	}, false)
}
