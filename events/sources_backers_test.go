package events_test

import "testing"

// TestBackersWithModifiers: a force "backed by" (supported, aided by)
// backers whose noun carries lower-case modifiers the dictionary leaves
// out ("local clan militias", "allied militias") is the source of the
// act, not its backers; backers named without modifiers already were
// ("backed by Rwandan troops"), and militias acting on their own stay
// the source.
func TestBackersWithModifiers(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2023-03-18", "Somali forces backed by local clan militias recaptured the town of Harardhere from al-Shabaab on Saturday.",
			[]string{"SOMMIL 192 SOMREB asserted"}},
		{"2023-03-18", "Congolese troops backed by local militias attacked M23 positions near Goma on Sunday.",
			[]string{"CODMIL 190 CODREB asserted"}},
		{"2023-03-18", "Malian soldiers supported by allied militias killed dozens of jihadists near Mopti on Sunday.",
			[]string{"MLIMIL 190 MLIREB asserted"}},
		{"2023-03-18", "Sudanese troops aided by tribal militias attacked rebel positions in Darfur on Sunday.",
			[]string{"SDNMIL 190 SDNREB asserted"}},
		{"2023-03-18", "Local clan militias attacked al-Shabaab positions near Mogadishu on Sunday.",
			[]string{"SOMUAF 190 SOMREB asserted"}},
		{"2025-01-29", "M23 rebels backed by Rwandan troops captured the airport in Goma on Monday.",
			[]string{"CODREB 192 COD asserted"}},
	})
}
