package events_test

import "testing"

// TestConjunctCutTargets codes targets_conjunct_cut.go and the lines it
// reads: a second cut of relations coordinated by "and" takes the first
// cut's target; economic ties stopped are rejected economic cooperation
// (1211); an envoy recalled as "its own envoy" is still the source's own,
// recalled from the state named after "from".
func TestConjunctCutTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Jordan recalled its ambassador from Israel on Monday and suspended economic cooperation.",
			[]string{"JOR 161 ISR asserted", "JOR 1211 ISR asserted"}},
		{"Chad expelled Sudan's ambassador on Monday and suspended trade links.",
			[]string{"TCD 161 SDNGOV asserted", "TCD 160 SDNGOV asserted"}},
		{"Peru recalled its own ambassador from Mexico on Friday.",
			[]string{"PER 161 MEX asserted"}},
		{"Ghana froze economic ties with Togo on Tuesday.",
			[]string{"GHA 1211 TGO asserted"}},
		// no first cut: the second stays without a target
		{"Jordan condemned the raid on Monday and suspended economic cooperation.",
			[]string{"JOR 111 - asserted"}},
	}, false)
}
