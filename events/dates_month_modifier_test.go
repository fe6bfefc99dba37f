package events_test

import "testing"

// TestDateMonthModifier: a month written as the modifier of a noun ("the
// disputed March election") names that noun's event and dates no verb;
// the clause's weekday dates the act. A month after a preposition still
// dates its clause.
func TestDateMonthModifier(t *testing.T) {
	checkDates(t, []dateCase{
		{"The African Union endorsed Kenya's disputed March election at a summit in Addis Ababa on Tuesday.",
			[]string{"IGOAFRAFU 051 KEN asserted 2024-07-09/day"}},
		// near miss: "in March" dates the meeting
		{"Kenya's president met Ugandan officials in March.",
			[]string{"KENGOV 040 UGAGOV asserted 2024-03/month", "UGAGOV 040 KENGOV asserted 2024-03/month"}},
	})
}
