package events_test

import "testing"

// TestPresentConjunct: a past-tense verb coordinated after a complement in
// the present or subjunctive is the speaker's (sources_present.go
// presentConjunct); after a past perfect complement it stays the
// complement's subject.
func TestPresentConjunct(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Security Council said it was vital that Iran take concrete steps to reduce tensions and called on all states to enforce sanctions.",
			[]string{"IGOUNO 020 - asserted 2024-07-13"}},
		{"The Security Council said Iran had taken concrete steps and called on all states to enforce sanctions.",
			[]string{"IRN 020 - asserted 2024-07-13"}},
	}, true)
}
