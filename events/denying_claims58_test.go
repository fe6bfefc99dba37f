package events_test

import "testing"

// TestDenyingClaimsAbsolute: an absolute "with X denying claims (reports)
// that it …" is X's denial (016) and the act denied; the tagger read
// "denying" before "claims" as a noun ("Tbilisi protests enter").
// Invented sentences.
func TestDenyingClaimsAbsolute(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2026-12-01", "Shelling resumed near the frontier on Tuesday, with Moscow denying claims that it was moving troops into the area.",
			[]string{"RUS 016 - asserted 2026-12-01", "RUS 154 - denied 2026-12-01"}},
		{"2026-12-01", "Shelling resumed near the frontier on Tuesday, with Kyiv denying reports that its forces had shelled the village.",
			[]string{"UKR 016 - asserted 2026-12-01", "UKRMIL 194 - denied 2026-12-01"}},
		// near miss: a statement, not a denial, leaves the act asserted
		{"2026-12-01", "Russia rejects claims that it moved troops into Ukraine.",
			[]string{"RUS 016 - asserted 2026-12-01", "RUS 154 UKR denied 2026-12-01"}},
	}, true)
}
