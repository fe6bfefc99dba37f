package events_test

import "testing"

// TestPromiseToMetPartner: an intent told after "and" in the clause of a
// meeting or hosting by the same subject, with no target of its own, is
// made to the state of the one met (promise_met_partner.go); an intent
// with its own subject, or none met, reads as before.
func TestPromiseToMetPartner(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Indian Prime Minister Narendra Modi received Nepalese Prime Minister K.P. Sharma Oli in New Delhi on Friday and promised to help finance a new power line.",
			[]string{"INDGOV 043 NPLGOV asserted", "NPLGOV 042 INDGOV asserted", "INDGOV 033 NPL future"}},
		// near misses: no one met; another subject promises
		{"Indian Prime Minister Narendra Modi promised on Friday to help finance a new power line.",
			[]string{"INDGOV 033 - future"}},
		{"Narendra Modi met Nepalese Prime Minister K.P. Sharma Oli in New Delhi on Friday, and Nepal later promised to help finance a power line.",
			[]string{"INDGOV 040 NPLGOV asserted", "NPLGOV 040 INDGOV asserted", "NPL 033 - future"}},
	}, false)
}
