package events_test

import "testing"

// TestInfinitiveOwner checks, on sentences written for this test, that
// "its" in an infinitive clause is the infinitive's subject's: "wants the
// Eritrean government to stop killing its own people" kills Eritrea's
// people (ERICVL), not Britain's. Near misses: "its" after a coordinated
// finite verb ("… to leave the country … and recalled its own envoy") is
// the main subject's, and a that-clause's subject keeps its own people
// as before.
func TestInfinitiveOwner(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Britain wants the Eritrean government to stop killing its own people.",
			[]string{"ERIGOV 190 ERICVL asserted 2024-07-13"}},
		// near misses
		{"Qatar ordered the Chadian ambassador to leave the country on Wednesday and recalled its own envoy from Chad.",
			[]string{"QAT 161 TCDGOV asserted 2024-07-10", "QAT 161 TCD asserted 2024-07-10"}},
		{"Britain says the Eritrean government is killing its own people.",
			[]string{"ERIGOV 190 ERICVL asserted 2024-07-13"}},
	}, true)
}
