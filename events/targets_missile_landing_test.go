package events_test

import "testing"

// TestMissileLanding: a missile launch whose missile, told in a ", which"
// or ", one of which" clause, landed by another state's waters, zone or
// coast shows force to that state; a landing in the launcher's own waters
// names no target.
func TestMissileLanding(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"North Korea fired three ballistic missiles on Thursday, two of which landed inside Japan's exclusive economic zone.", []string{"PRK 150 JPN asserted"}},
		{"Iran test-fired a missile on Sunday, which came down off the coast of Oman.", []string{"IRN 150 OMN asserted"}},
		{"North Korea fired two missiles on Thursday, one of which landed in North Korea's own waters.", []string{"PRK 150 - asserted"}},
	}, false)
}
