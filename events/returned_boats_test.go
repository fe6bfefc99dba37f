package events_test

import "testing"

// TestReturnedBoats: a seized boat, ship or tanker returned or handed back
// is property returned (0842) to the state its nationality names, a
// fishing boat included (the state, not its owners' business); a crew
// returning to its ship and ships returning to port are no return of
// property (events/data/verbs.txt "return {boat,…}", targets_fishing.go).
func TestReturnedBoats(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"North Korea returned a South Korean fishing boat and its four crew members on Saturday.",
			[]string{"PRK 0842 KOR asserted"}},
		{"Iran returned the seized British tanker on Friday.",
			[]string{"IRN 0842 GBR asserted"}},
		{"Eritrea handed back two Yemeni fishing boats on Monday.",
			[]string{"ERI 0842 YEM asserted"}},
		// near misses: no boat in the verb's object
		{"The crew returned to their ship on Monday.", nil},
		{"The Chinese navy ships returned to port on Monday.", nil},
		{"Japanese fishermen returned home aboard their boats on Monday.", nil},
	}, false)
}
