package events_test

import "testing"

// TestCentralBankAid: money deposited in or lent to a state's central
// bank is aid to the state itself; a central bank acting keeps GOV.
func TestCentralBankAid(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The UAE deposited $2 billion in Egypt's central bank on Monday to shore up the pound.", []string{"ARE 071 EGY asserted"}},
		{"China lent $1 billion to Sri Lanka's central bank on Friday.", []string{"CHN 071 LKA asserted"}},
	}, false)
}
