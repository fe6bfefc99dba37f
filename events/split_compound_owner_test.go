package events_test

import "testing"

// TestSplitCompoundOwner: "Libya's U.N.-backed government", which the
// tokenizer reads as "U.N.", "-", "backed", is Libya's government, as
// "Libya's UN-backed government" is: the organisation is the compound's
// modifier, not the head of "Libya's U.N." (actors/match.go,
// splitCompound). "U.N.-recognised" is such a compound too. With no state
// named, nobody acts; "Libya's U.N. envoy" stays the state's diplomat.
func TestSplitCompoundOwner(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Somalia's U.N.-backed government expelled the Kenyan ambassador on Monday.",
			[]string{"SOMGOV 161 KENGOV asserted"}},
		{"Cambodia's U.N.-backed tribunal charged two former officials on Monday.",
			[]string{"KHMJUD 173 KHM asserted"}},
		{"Libya's U.N.-recognised government expelled the Sudanese ambassador on Monday.",
			[]string{"LBYGOV 161 SDNGOV asserted"}},
		// near misses: no state named; a state's envoy to the organisation
		{"The U.N.-backed government expelled the Kenyan ambassador on Monday.", nil},
		{"Libya's U.N. envoy condemned the Kenyan ambassador on Monday.",
			[]string{"LBYGOV 111 KENGOV asserted"}},
	}, false)
}
