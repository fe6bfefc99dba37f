package events_test

import "testing"

// TestKnownToHave: an act "known to have" happened, undated, is a tally of
// the record, no event (falseevents_known.go); dated, it is coded.
func TestKnownToHave(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Six Kenyan citizens are known to have been killed by U.S. drones in Somalia.", nil},
		// near misses: the act dated
		{"Two Kenyan soldiers are known to have been killed by U.S. drones in Somalia on Monday.", []string{"USAMIL 195 KENMIL alleged"}},
		{"Six Kenyan citizens were killed by U.S. drones in Somalia on Monday.", []string{"USAMIL 195 KENCVL asserted"}},
	}, false)
}
