package events_test

import "testing"

// TestSeizedPluralPossessive: "seized the soldiers' weapons" seizes their
// property (171), the soldiers' state's force the target; the soldiers
// themselves seized are abducted (181).
func TestSeizedPluralPossessive(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2026-12-01", "Rebels seized the soldiers' rifles near Goma on Monday.",
			[]string{"CODREB 171 CODMIL asserted 2026-11-30"}},
		{"2026-12-01", "Rebels seized the soldiers’ ammunition near Goma on Monday.",
			[]string{"CODREB 171 CODMIL asserted 2026-11-30"}},
		{"2026-12-01", "Rebels seized the soldiers near Goma on Monday.",
			[]string{"CODREB 181 CODMIL asserted 2026-11-30"}},
	}, true)
}
