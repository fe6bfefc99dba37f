package events_test

import "testing"

// TestLoanSuspended: a loan or lending stopped is economic assistance
// stopped (1621, CAMEO "Reduce or stop economic assistance"; gold dev50
// W50041), the singular "loan" after its modifiers too; loans stopped
// with no state to receive them are no event (data/verbs.txt, $CUT_AID).
func TestLoanSuspended(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Japan suspended a yen loan to Guinea on Tuesday after the coup.", []string{"JPN 1621 GIN asserted"}},
		{"The World Bank suspended lending to Guinea on Tuesday.", []string{"IGOUNOWBK 1621 GIN asserted"}},
		{"China halted loans for a railway in Kenya.", nil},
	}, false)
}
