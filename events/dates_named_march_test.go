package events_test

import "testing"

// TestDateNamedMarch: "March" ending a proper name ("the Women's March",
// "the Long March") names no month; the clause's weekday dates the act.
// "in March" and "on March 8" still date it.
func TestDateNamedMarch(t *testing.T) {
	checkDates(t, []dateCase{
		{"Tens of thousands of women marched in the Women's March against the government in Madrid on Sunday.",
			[]string{"ESPCVL 141 ESPGOV asserted 2024-07-07/day"}},
		// near misses: the month itself
		{"Tens of thousands of women marched against the government in Madrid in March.",
			[]string{"ESPCVL 141 ESPGOV asserted 2024-03/month"}},
		{"Tens of thousands of women marched against the government in Madrid on March 8.",
			[]string{"ESPCVL 141 ESPGOV asserted 2024-03-08/day"}},
	})
}
