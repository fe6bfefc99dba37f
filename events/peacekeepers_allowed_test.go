package events_test

import "testing"

// TestPeacekeepersAllowed: peacekeepers allowed in or allowed to patrol
// are peacekeeping accepted (0861, the force's owner the target; W45016);
// a possessive on another noun ("the peacekeepers' commander") is no
// force allowed.
func TestPeacekeepersAllowed(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Eritrea allowed U.N. peacekeepers to begin patrols inside a buffer zone on Tuesday.",
			[]string{"ERI 0861 IGOUNO asserted"}},
		{"Sudan let African Union peacekeepers into Darfur on Monday.",
			[]string{"SDN 0861 IGOAFRAFU asserted"}},
		// near miss: the peacekeepers own the noun allowed
		{"The court allowed the peacekeepers' commander to testify on Monday.", nil},
	}, false)
}
