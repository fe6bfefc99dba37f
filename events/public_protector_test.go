package events_test

import "testing"

// TestPublicProtector checks, on a sentence written for this test, that
// South Africa's Public Protector (the ombudsman, an office of the state:
// actors/data/institutions.txt) is ZAFGOV; before, it was no actor and
// the accusation was dropped.
func TestPublicProtector(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-03-11", []coverageCase{
		{"The Public Protector accused the police minister on Monday of misleading parliament.", []string{"ZAFGOV 112 ZAFCOP asserted"}},
	})
}
