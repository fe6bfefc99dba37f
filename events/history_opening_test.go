package events_test

import "testing"

// TestOpeningTimeClauseYear: an act after an opening "After … in YEAR,"
// clause two or more years before the story is history
// (falseevents_history.go openingTimeClause); one dated by its own clause
// stays news.
func TestOpeningTimeClauseYear(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"After rebels in Darfur staged an uprising in 2003, Sudanese troops and allied militias killed thousands of civilians.", nil},
		{"After Sudan held talks in 2019, it signed a deal with Chad on Monday.",
			[]string{"SDN 057 TCD asserted 2024-07-08", "TCD 057 SDN asserted 2024-07-08"}},
	}, true)
}
