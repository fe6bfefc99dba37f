package events_test

import "testing"

// TestThatMonth: "that September" takes the year the text named before it
// (in the sentence, else in an earlier one), not the publication year
// (dates_that_month.go); a bare "in September" still resolves against
// the publication date. Dated years back, the act is history and dropped.
func TestThatMonth(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2023-03-01", "Thousands of reservists fled after the war began in February 2022, and more left that September, when Russia announced its mobilization of reservists.",
			[]string{"RUS 154 - asserted 2022-09"}},
		{"2023-03-01", "The war began in February 2022. That September, Russia announced a mobilization of reservists.",
			[]string{"RUS 154 - asserted 2022-09"}},
		{"2025-11-04", "Thousands of reservists fled after the war began in February 2022, and more left that September, when Russia announced its mobilization of reservists.",
			nil},
		// near misses: a bare month, no "that"; "that" with no year named
		{"2025-11-04", "Russia announced a mobilization of reservists in September.",
			[]string{"RUS 154 - asserted 2025-09"}},
		{"2025-11-04", "The war began in February 2022. In September, Russia announced a mobilization of reservists.",
			[]string{"RUS 154 - asserted 2025-09"}},
	}, true)
}
