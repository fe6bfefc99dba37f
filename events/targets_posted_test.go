package events_test

import "testing"

// TestOwnEnvoyPosted: an envoy recalled with "the" or no determiner is
// the source's own, and the state named after "to" is the target of the
// recall (targets_posted.go), as with "its"; the source's own capital
// and an international organisation are no such state.
func TestOwnEnvoyPosted(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya recalls ambassador to Ethiopia over border row",
			[]string{"KEN 161 ETH asserted"}},
		{"Chile recalled the ambassador to Peru on Monday after a spat over fishing rights.",
			[]string{"CHL 161 PER asserted"}},
		{"Chile recalled its ambassador to Peru on Monday.",
			[]string{"CHL 161 PER asserted"}},
		// no posting named: no target to find
		{"Chile recalled the ambassador on Monday.",
			[]string{"CHL 161 - asserted"}},
		// a post in the source's own capital is a foreign envoy's, whose
		// state is unnamed; an organisation is no state posted to
		{"Bolivia expelled the ambassador to La Paz on Friday, accusing him of spying.",
			[]string{"BOL 161 - asserted"}},
		{"Ghana recalled the ambassador to the African Union on Thursday.",
			[]string{"GHA 161 - asserted"}},
	}, false)
}
