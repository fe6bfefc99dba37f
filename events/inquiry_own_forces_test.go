package events_test

import "testing"

// TestOwnForcesInquiry: an inquiry into what the state's own forces did
// investigates military action (093), its own MIL the target, and a
// court or board of inquiry set up is an inquiry, no court acted on
// (inquiry_own_forces.go, verbs.txt).
func TestOwnForcesInquiry(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Nigeria's army set up a board of inquiry on Monday to look into the conduct of its soldiers in Borno.",
			[]string{"NGAMIL 093 NGAMIL asserted"}},
		{"Kenya's defence ministry opened an investigation on Monday into the conduct of its troops in Somalia.",
			[]string{"KENGOV 093 KENMIL asserted"}},
		{"Kenya's defence ministry opened an investigation on Monday into the collapse of a bridge.",
			[]string{"KENGOV 091 - asserted"}},
	}, false)
}
