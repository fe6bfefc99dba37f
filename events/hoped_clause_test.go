package events_test

import "testing"

// TestHopedClause: "said she hoped <clause> would …" is an optimistic
// comment (013); "hopes to" stays the intent before the infinitive, and
// a clause with another modal, or "hopes for", codes nothing new.
func TestHopedClause(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2024-05-01", "Merkel said she hoped talks with Russia would succeed.",
			[]string{"DEU 013 RUS asserted"}},
		// near misses
		{"2024-05-01", "Merkel hopes to visit Moscow next month.",
			[]string{"DEU 036 RUS future"}},
		{"2024-05-01", "Merkel said she hoped that Russia could join the talks.",
			nil},
		{"2024-05-01", "Ukraine hopes for more Western weapons.",
			nil},
	}, false)
}
