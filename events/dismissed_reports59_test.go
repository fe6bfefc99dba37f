package events_test

import "testing"

// TestDismissedReports59: dismissing or rejecting reports that the
// denier itself did something is a denial (016) and the act denied; a
// report about another party, or a report with no "that" clause, stays
// a rejection.
func TestDismissedReports59(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2019-03-01", "Moscow dismisses reports that it sent troops into Ukraine.",
			[]string{"RUS 016 - asserted", "RUS 154 UKR denied"}},
		{"2019-03-01", "Moscow dismissed media reports that it had sent troops into Ukraine.",
			[]string{"RUS 016 - asserted", "RUS 154 UKR denied"}},
		// near miss: no "that" clause, the report is rejected
		{"2019-03-01", "Moscow dismissed reports of troop movements.",
			[]string{"RUS 120 - asserted"}},
	}, false)
}
