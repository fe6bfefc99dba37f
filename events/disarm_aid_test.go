package events_test

import "testing"

// TestDisarmNotAid: disarming another state's fighters takes their arms
// (0873), never military aid to them (072); weapons handed to another
// state stay military aid.
func TestDisarmNotAid(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2024-05-01", "Hezbollah said it would fight if U.N. peacekeepers disarmed the militias.",
			[]string{"LBNREB 138 IGOUNO future", "IGOUNO 0873 LBNREB hypothetical"}},
		// near miss: weapons handed over
		{"2024-05-01", "Ethiopia handed over weapons to Somalia.",
			[]string{"ETH 072 SOM asserted"}},
	}, false)
}
