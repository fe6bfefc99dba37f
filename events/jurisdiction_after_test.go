package events_test

import "testing"

// TestJurisdictionAfter checks, on sentences written for this test, that
// a local official named by title, "of" and a place ("the mayor of
// Odesa", "the governor of Kano state", "the premier of Ontario") is the
// government of the place's state, alone or in apposition after a name
// the dictionary does not know, as "Odesa's mayor" is; before, no source
// was found and the events were dropped.
func TestJurisdictionAfter(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-03-11", []coverageCase{
		{"Oksana Melnyk, the mayor of Odesa, accused Russia on Monday of shelling the port.", []string{"UKRGOV 112 RUS asserted", "RUS 194 UKR alleged"}},
		{"The governor of Kano state condemned the Nigerian army on Tuesday.", []string{"NGAGOV 111 NGAMIL asserted"}},
		{"Mark Tremblay, the premier of Ontario, criticized Washington on Friday over new tariffs.", []string{"CANGOV 111 USA asserted"}},
		{"The governor of Texas criticized Mexico on Thursday.", []string{"USAGOV 111 MEX asserted"}},
	})
}
