package events_test

import "testing"

// TestWithdrawnForcesLeavePlace checks, on sentences written for this
// test, that forces a state withdraws are its own, never a target, also
// when they are named by no state of their own and read as one mention
// with the place they leave ("troops from Syria" is no SYRMIL): the
// target is the state left (gold README: withdrawals from a foreign place
// take that state). Near misses: forces that act keep the state they are
// named with, and the actor's own ground gives no target.
func TestWithdrawnForcesLeavePlace(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Russia withdrew troops from Syria on Monday.", []string{"RUS 0874 SYR asserted"}},
		{"The United States withdrew forces from Iraq on Monday.", []string{"USA 0874 IRQ asserted"}},
		{"Washington began withdrawing soldiers from Niger on Monday.", []string{"USA 0874 NER asserted"}},
		{"Turkey will withdraw troops from Syria.", []string{"TUR 0356 SYR future"}},
		{"Russia withdrew its troops from Syria on Monday.", []string{"RUS 0874 SYR asserted"}},
		// near misses
		{"Russian troops from Syria attacked Ukraine.", []string{"RUSMIL 190 UKR asserted"}},
		{"Russia withdrew troops from Russia's Belgorod region on Monday.", []string{"RUS 0874 - asserted"}},
	}, false)
}
