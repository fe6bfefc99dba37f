package events_test

import "testing"

// TestEnvoyHost: an envoy or delegation sent to a state or its capital
// visits that state (042, the host 043; 036 as a plan), not the sender's
// own envoy; sent to a place no state's seat, it stays no event.
func TestEnvoyHost(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2024-05-01", "Egypt will send a delegation to Tripoli next week.",
			[]string{"EGY 036 LBY future"}},
		{"2024-05-01", "Egypt sent an envoy to Libya.",
			[]string{"EGY 042 LBY asserted", "LBY 043 EGY asserted"}},
		// near misses: a place, and troops sent
		{"2024-05-01", "Egypt sent a delegation to the border.",
			nil},
		{"2024-05-01", "Egypt sent troops to Libya.",
			[]string{"EGY 074 LBY asserted"}},
	}, false)
}
