package events_test

import "testing"

// TestArtilleryWarningShots: warning shots fired by artillery are a show
// of force (150, lexconflict.go firedWarningShots), not artillery fire
// (194) nor a threat (130); artillery fired at a position stays 194.
func TestArtilleryWarningShots(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Greek artillery fired warning shots at a Turkish army post on Friday.",
			[]string{"GRCMIL 150 TURMIL asserted"}},
		{"Greek artillery fired at a Turkish army post on Friday.",
			[]string{"GRCMIL 194 TURMIL asserted"}},
	}, false)
}
