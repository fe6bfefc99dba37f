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

// TestLegislatureProtested: a protest outside a parliament with no other
// target is aimed at the legislature, the protesters' own when the
// parliament names no state; a protest "against the government" keeps it.
func TestLegislatureProtested(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Thousands of Chilean students rallied outside parliament on Monday as senators debated the bill.", []string{"CHLEDU 141 CHLLEG asserted"}},
		{"Hundreds of farmers rallied outside Poland's parliament in Warsaw on Tuesday.", []string{"POLAGR 141 POLLEG asserted"}},
		{"Thousands of Armenians rallied outside parliament in Yerevan on Friday against the government's border deal.", []string{"ARMCVL 141 ARMGOV asserted"}},
	}, false)
}
