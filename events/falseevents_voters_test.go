package events_test

import "testing"

// TestVotersAct: what voters do as voters is an election's outcome, no
// event (falseevents_voters.go); voters as a target stay.
func TestVotersAct(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Voters in Kenya rejected the ruling party in Tuesday's election.", nil},
		// near miss: voters as the target
		{"Al Shabaab threatened on Monday to attack voters in Kenya during Tuesday's election.", []string{"SOMREB 138 KENCVL asserted"}},
	}, false)
}
