package events_test

import "testing"

// TestPresentTenseWithForwardDate codes sentences written by the dyad team
// for events/status_ahead.go: a present tense whose clause holds a time
// word that looks forward ("tomorrow", "next week", "later this month") is
// a plan (future), as "will" is; a past date, a weekday without "next" and
// a verb of warning keep their status. Each sentence is published on
// 2024-07-13; each want lists every event as "SOURCE CAMEO TARGET status".
func TestPresentTenseWithForwardDate(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Japan's foreign minister travels to Seoul next week for talks with his South Korean counterpart.",
			[]string{"JPNGOV 036 KOR future"}},
		{"Tomorrow the Turkish president meets Vladimir Putin in Sochi.",
			[]string{"TURGOV 036 RUSGOV future"}},
		{"The Qatari envoy is travelling to Kabul later this month to meet Taliban leaders.",
			[]string{"QATGOV 036 AFGGOV future"}},
		{"Kenya sends 400 police officers to Haiti next month.",
			[]string{"KEN 0334 HTI future"}},
		// near misses: a past tense, a plain weekday, a warning
		{"The Japanese foreign minister travelled to Seoul on Monday for talks with his South Korean counterpart.",
			[]string{"JPNGOV 042 KOR asserted", "KOR 043 JPNGOV asserted"}},
		{"Lula meets Milei in Buenos Aires on Friday.",
			[]string{"BRAGOV 040 ARGGOV asserted", "ARGGOV 040 BRAGOV asserted"}},
	}, false)
}
