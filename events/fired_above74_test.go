package events_test

import "testing"

// TestFiredAbove74: rockets fired "above" a city fly over its state as
// those fired "over" it do (150 with the state as target); above a sea
// or above a count they name no state.
func TestFiredAbove74(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Hezbollah fired rockets above Haifa on Monday.",
			[]string{"LBNREB 150 ISR asserted"}},
		{"North Korea fired a ballistic missile above Hokkaido on Tuesday.",
			[]string{"PRK 150 JPN asserted"}},
		// near misses
		{"North Korea fired a ballistic missile above the Sea of Japan on Tuesday.",
			[]string{"PRK 150 - asserted"}},
	}, false)
}
