package events_test

import "testing"

// TestFishingFleetSeized: fishing boats of a nationality seized or
// detained, one or many, counted or not, are that state's, the state
// itself (gold README item 65); boats fired on stay the owners' business
// (targets_fishing.go).
func TestFishingFleetSeized(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Indonesia's navy seized three Thai fishing boats off Natuna on Monday.", []string{"IDNMIL 171 THA asserted"}},
		{"Argentina's coast guard seized four Spanish trawlers off Patagonia on Friday.", []string{"ARGMIL 171 ESP asserted"}},
		{"Kenya accused Uganda on Monday of seizing Kenyan fishing boats on Lake Victoria.", []string{"KEN 112 UGA asserted", "UGA 171 KEN alleged"}},
		{"Indonesia's navy seized a Thai fishing boat off Natuna on Monday.", []string{"IDNMIL 171 THA asserted"}},
		{"Ukrainian border guards detained a Russian fishing vessel in the Sea of Azov on Friday.", []string{"UKRMIL 173 RUS asserted"}},
		// near miss: boats fired on
		{"Argentina's navy fired on two Chinese trawlers off Patagonia on Tuesday.", []string{"ARGMIL 190 CHNBUS asserted"}},
	}, false)
}
