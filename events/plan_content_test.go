package events_test

import "testing"

// TestAnsweredPlanContent: what another party's plan or proposal would
// do, told by the infinitives after it, is no act of its author when the
// plan is accepted or rejected; the answer is the event. A plan the
// subject approves itself is left to the intent rules. Invented
// sentences.
func TestAnsweredPlanContent(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Mali rejected on Friday an ECOWAS plan to deploy 3,000 troops to the country.", []string{"MLI 127 IGOWAFECO asserted"}},
		{"Ethiopia accepted on Sunday an African Union plan to halt fighting in Tigray and open talks with the rebels.", nil},
	}, false)
}
