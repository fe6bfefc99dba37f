package events_test

import "testing"

// TestPlanComplementDate: a past day written after the planned
// infinitive of an order or appeal dates the order or appeal (W38002; a
// plan never takes its planned action's day, README "Conventions fixed
// here"); a deadline ("by Friday") lends nothing. Published Saturday
// 2024-07-13.
func TestPlanComplementDate(t *testing.T) {
	checkDates(t, []dateCase{
		{"FARC rebels ordered all residents of three hamlets in Antioquia province to leave within 24 hours on Monday.",
			[]string{"COLREB 201 COLCVL asserted 2024-07-08/day"}},
		{"Turkey's president urged Sweden to crack down on Kurdish militants on Tuesday.",
			[]string{"TURGOV 020 SWE asserted 2024-07-09/day"}},
		// near miss: a deadline is the plan's, not the appeal's day
		{"Turkey's president urged Sweden to crack down on Kurdish militants by Friday.",
			[]string{"TURGOV 020 SWE asserted 2024-07-13/day"}},
	})
}
