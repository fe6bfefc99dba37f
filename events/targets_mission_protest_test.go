package events_test

import "testing"

// TestMissionProtested: a protest held outside, at or in front of another
// state's embassy or consulate is aimed at that state; a protest by a
// state's own people at its own mission abroad keeps no such target.
func TestMissionProtested(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Angry Lebanese protesters burned tyres outside the Syrian embassy in Beirut on Sunday.", []string{"LBNCVL 145 SYR asserted"}},
		{"Protesters rallied outside the Iranian consulate in Herat on Monday.", []string{"AFGCVL 141 IRN asserted"}},
	}, false)
}
