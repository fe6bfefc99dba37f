package events_test

import "testing"

// TestAlertAnswered: an alert (152) with no target answers the other
// state that opens a following "after"/"as" clause with a finite verb, by
// its country code alone; a clause after a comma or of the alerting
// state's own country gives none (targets_alert.go alertAnswered).
func TestAlertAnswered(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Chad's army put units on alert on Friday after Libya massed tanks at the frontier.",
			[]string{"TCDMIL 152 LBY asserted"}},
		{"Peru put its troops on alert near the border as Ecuador began building a fence.",
			[]string{"PERMIL 152 ECU asserted"}},
		{"Chad's army put units on alert on Friday after Chad's rebels regrouped in the north.",
			[]string{"TCDMIL 152 - asserted"}},
	}, false)
}
