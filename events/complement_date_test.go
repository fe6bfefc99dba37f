package events_test

import "testing"

// TestComplementDate checks, on sentences written for this test, that a
// date inside a that-clause after the verb, with a finite verb of its
// own before it, dates that clause and not the verb whose object the
// clause is, also after a noun whose clause it is ("denied reports that
// …"): the denials below take the publication date. Near misses: a
// date before "that" (fronted or right after the verb) and a date after
// a plain object keep dating the denial.
func TestComplementDate(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2024-07-13", "Moldova's president denied that her government had a role in the dismissal of the central bank governor last Friday.",
			[]string{"MDAGOV 016 - asserted 2024-07-13"}},
		{"2024-07-13", "Kenya denied reports that its troops had crossed into Somalia last week.",
			[]string{"KEN 016 - asserted 2024-07-13"}},
		// near misses
		{"2024-07-13", "Kenya denied the reports on Monday.",
			[]string{"KEN 016 - asserted 2024-07-08"}},
		{"2024-07-13", "Moldova's president on Friday denied that her government had a role in the dismissal.",
			[]string{"MDAGOV 016 - asserted 2024-07-12"}},
		{"2024-07-13", "Moldova's president denied on Friday that her government had a role in the dismissal.",
			[]string{"MDAGOV 016 - asserted 2024-07-12"}},
		{"2024-07-13", "Moldova's president denied the accusation last Friday.",
			[]string{"MDAGOV 016 - asserted 2024-07-12"}},
	}, true)
}
