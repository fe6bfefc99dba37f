package events_test

import "testing"

// TestVisitingGuest codes team-written sentences (and dev W41014) for
// visiting_guest.go: an attributive "visiting" names the guest, who
// visits (042) the clause's subject, the host (043); a gerund
// "visiting Beijing" after a comma stays the subject's own visit.
func TestVisitingGuest(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Kuwait's emir received the visiting Iraqi foreign minister at his palace on Tuesday.",
			[]string{"IRQGOV 042 KWTGOV asserted", "KWTGOV 043 IRQGOV asserted"}},
		// must not fire: the subject visits
		{"Iran's foreign minister, visiting Beijing on Monday, met Chinese President Xi Jinping.",
			[]string{"IRNGOV 042 CHN asserted", "CHN 043 IRNGOV asserted", "IRNGOV 040 CHNGOV asserted", "CHNGOV 040 IRNGOV asserted"}},
	}, false)
	checkPublished(t, c, []datedCase{
		{"2016-02-22", "India's Prime Minister Narendra Modi promised visiting Nepali Prime Minister K. P. Sharma Oli on Saturday to help rebuild schools and hospitals destroyed in last year's earthquake.",
			[]string{"NPLGOV 042 INDGOV asserted", "INDGOV 043 NPLGOV asserted"}},
	})
}
