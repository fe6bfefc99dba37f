package events_test

import "testing"

// TestAidToUnnamedStates: aid given to states the sentence does not name
// is coded with no target, not set aside; named states stay the target
// (aid_unnamed_states.go).
func TestAidToUnnamedStates(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"China donated $50 million in food aid to African countries hit by drought on Friday.",
			[]string{"CHN 073 - asserted"}},
		{"Germany sent vaccines to other countries on Monday.",
			[]string{"DEU 073 - asserted"}},
		{"Japan pledged on Tuesday to give $200 million in food aid to countries of the Sahel hit by drought.",
			[]string{"JPN 0333 - future"}},
		{"Japan sent rice to the United States on Monday.",
			[]string{"JPN 073 USA asserted"}},
	}, false)
}
