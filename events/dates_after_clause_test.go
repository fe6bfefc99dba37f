package events_test

import "testing"

// TestAfterClauseDate dates a finite "after" clause with no time phrase of
// its own by the main clause's day (README "Conventions fixed here" item
// 25); a counted span ("weeks after"), a plan's infinitive and a claim of
// responsibility do not take it. Published Saturday 2024-07-13.
func TestAfterClauseDate(t *testing.T) {
	checkDates(t, []dateCase{
		{"Israel struck targets in Gaza on Monday after militants fired rockets at Israeli towns.",
			[]string{"ISR 190 PSE asserted 2024-07-08/day", "PSEREB 194 ISR asserted 2024-07-08/day"}},
		// near miss: the after clause goes with a plan's infinitive
		{"Iran vowed on Monday to retaliate after Israel struck its consulate in Damascus.",
			[]string{"IRN 138 ISR asserted 2024-07-08/day", "ISR 190 IRN asserted 2024-07-13/day"}},
		// near miss: weeks after
		{"Israel struck targets in Gaza on Monday, weeks after militants fired rockets at Israeli towns.",
			[]string{"ISR 190 PSE asserted 2024-07-08/day", "PSEREB 194 ISR asserted 2024-07-13/day"}},
	})
}
