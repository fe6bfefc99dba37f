package events_test

import "testing"

// TestSanctionsTargeting: sanctions whose target follows in ", targeting
// X" sanction X; a pronoun there ("its shadow fleet") names no one.
func TestSanctionsTargeting(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2026-12-01", "The EU imposed sanctions on Thursday, targeting Russia's central bank.",
			[]string{"IGOEUREEC 163 RUSGOV asserted 2026-11-26"}},
		{"2026-12-01", "The EU imposed sanctions on Thursday, targeting its shadow fleet of oil tankers.",
			[]string{"IGOEUREEC 163 - asserted 2026-11-26"}},
		{"2026-12-01", "The EU imposed sanctions on Thursday, and Russia said it was targeting Ukraine's central bank.",
			[]string{"IGOEUREEC 163 - asserted 2026-11-26"}},
	}, true)
}
