package events_test

import "testing"

// TestOccasionPremodifierDate checks, on sentences written for this test,
// that a date written before an occasion noun (address, speech,
// interview, briefing …) in a phrase opened by in, during or at dates
// the act told at that occasion, after the verb or fronted however long
// the phrase ("In his September 2013 address to the United Nations,"
// dates the act two years back: history, no event). Near misses: "after
// his March 3 address" (a time phrase, not the occasion) and a date
// before a noun of no occasion ("his September 2013 book") keep the
// publication date.
func TestOccasionPremodifierDate(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2015-03-18", "Netanyahu criticized Iran during his March 3 address to Congress.",
			[]string{"ISRGOV 111 IRN asserted 2015-03-03"}},
		{"2015-03-18", "Rouhani praised Saudi Arabia in a March 3 interview with state television.",
			[]string{"IRNGOV 051 SAU asserted 2015-03-03"}},
		{"2015-03-18", "In his September 2013 address to the United Nations, Obama praised Iran.",
			nil},
		// near misses
		{"2015-03-18", "Netanyahu criticized Iran after his March 3 address to Congress.",
			[]string{"ISRGOV 111 IRN asserted 2015-03-18"}},
		{"2015-03-18", "In his September 2013 book about the long war in Iraq, Obama praised Iran.",
			[]string{"USAGOV 051 IRN asserted 2015-03-18"}},
	}, true)
}
