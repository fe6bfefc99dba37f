package events_test

import "testing"

// TestGroupLeaderVisit: an armed group's or opposition's named leader
// hosted abroad makes a visit; its fighters or refugees arriving do not.
func TestGroupLeaderVisit(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Qatar's emir hosted Hamas leader Ismail Haniyeh in Doha on Sunday.",
			[]string{"QATGOV 043 PSEREB asserted", "PSEREB 042 QATGOV asserted"}},
		{"Egypt hosted a delegation from Hamas in Cairo.", []string{"EGY 043 PSEREB asserted", "PSEREB 042 EGY asserted"}},
		{"Islamic State fighters arrived in a Turkish border town on Sunday.", nil},
	}, false)
}
