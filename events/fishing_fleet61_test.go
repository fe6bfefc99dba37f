package events_test

import "testing"

// TestFishingFleetSeized: fishing boats of a nationality seized in a
// counted number are that state's fleet, the state itself; one boat
// seized, boats of no count, or boats fired on, stay the owners' business (targets_fishing.go).
func TestFishingFleetSeized(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Indonesia's navy seized three Thai fishing boats off Natuna on Monday.", []string{"IDNMIL 171 THA asserted"}},
		{"Argentina's coast guard seized four Spanish trawlers off Patagonia on Friday.", []string{"ARGMIL 171 ESP asserted"}},
		// near misses: one boat seized, boats fired on
		{"Kenya accused Uganda on Monday of seizing Kenyan fishing boats on Lake Victoria.", []string{"KEN 112 UGA asserted", "UGA 171 KENBUS alleged"}},
		{"Indonesia's navy seized a Thai fishing boat off Natuna on Monday.", []string{"IDNMIL 171 THABUS asserted"}},
		{"Argentina's navy fired on two Chinese trawlers off Patagonia on Tuesday.", []string{"ARGMIL 190 CHNBUS asserted"}},
	}, false)
}
