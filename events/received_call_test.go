package events_test

import "testing"

// TestReceivedCallNeedsCaller codes "receive {call}" (data/verbs.txt) as
// a call between two parties (041 both ways) only when the caller is
// named: "received a call that the minister had died" is news reaching
// one person, not a call between parties (every 041 in the gold sets has
// a target), so the pattern carries needtarget, as "hold {meeting}" does.
func TestReceivedCallNeedsCaller(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya's president received a phone call from Uganda's president about the border.",
			[]string{"KENGOV 041 UGAGOV asserted", "UGAGOV 041 KENGOV asserted"}},
		// news by telephone: no caller, no event
		{"Kenya's president said that while still asleep he received a call that the minister had died.",
			nil},
		{"Kenya's president received a call that the minister had died.",
			nil},
	}, false)
}
