package events_test

import "testing"

// undatedAheadCases: in an article with no publication date, a present
// tense with a time word that looks forward ("next week", "tomorrow",
// "later this month") is a plan, future, as in a dated article
// (status_ahead_undated.go). Near misses: a past visit and a present
// with no such word keep their status.
var undatedAheadCases = []familyCase{
	{"ahead", "Japan's foreign minister is travelling to Seoul next week for talks with his South Korean counterpart.", []string{"JPNGOV 036 KOR future"}},
	{"ahead", "Japan's foreign minister travels to Seoul tomorrow.", []string{"JPNGOV 036 KOR future"}},
	// near misses
	{"near-miss", "Japan's foreign minister travelled to Seoul for talks with his South Korean counterpart.", []string{"JPNGOV 042 KOR asserted", "KOR 043 JPNGOV asserted"}},
	{"near-miss", "Japan's foreign minister is travelling to Seoul for talks with his South Korean counterpart.", []string{"JPNGOV 042 KOR asserted", "KOR 043 JPNGOV asserted"}},
}

// TestUndatedAhead codes each case of undatedAheadCases as a one-sentence
// article with no publication date and compares its events exactly.
func TestUndatedAhead(t *testing.T) { checkFamiliesOn(t, "", "", undatedAheadCases, false) }
