package events_test

import "testing"

// TestSeizedBoatsCarryingMigrants: boats seized (171) carrying migrants
// have no target, as a migrant boat seized has none; an interception
// (191) keeps the migrants.
func TestSeizedBoatsCarryingMigrants(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2026-12-01", "Senegal's coast guard seized two boats carrying 300 migrants off Dakar on Monday.",
			[]string{"SENMIL 171 - asserted 2026-11-30"}},
		{"2026-12-01", "Senegal's coast guard intercepted two boats carrying 300 Gambian migrants off Dakar on Monday.",
			[]string{"SENMIL 191 GMBREF asserted 2026-11-30"}},
	}, true)
}
