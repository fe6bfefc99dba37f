package events_test

import "testing"

// TestFrontedDateAfterDash: a date phrase opening the clause after a dash
// ("… — in April, it hosted talks") dates that clause, as after a
// semicolon or a colon (record.go, frontedDate); the clause before the dash
// keeps its own date.
func TestFrontedDateAfterDash(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2025-10-21", "Qatar often offers neutral ground to rivals — in April, it hosted talks between Ethiopia and Eritrea.",
			[]string{"QAT 045 ETH asserted 2025-04", "QAT 045 ERI asserted 2025-04", "ETH 046 ERI asserted 2025-04", "ERI 046 ETH asserted 2025-04"}},
		// near miss: the clause before the dash keeps its own date
		{"2025-10-21", "Qatar hosted talks between Ethiopia and Eritrea on Monday — in April, its mediation had failed.",
			[]string{"QAT 045 ETH asserted 2025-10-20", "QAT 045 ERI asserted 2025-10-20", "ETH 046 ERI asserted 2025-10-20", "ERI 046 ETH asserted 2025-10-20"}},
	}, true)
}
