package events_test

import "testing"

// TestTaiwanPeoplesParty checks actors/data's Taiwan People's Party (OPP,
// a party that has never governed) and its founder Ko Wen-je, Taipei's
// mayor (GOV) until 2022-12-25 and OPP after.
func TestTaiwanPeoplesParty(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2024-09-01", "Prosecutors in Taipei questioned Taiwan People's Party chairman Ko Wen-je on Friday.",
			[]string{"TWNJUD 091 TWNOPP asserted"}},
		{"2024-03-04", "The Taiwan People's Party criticised President Tsai Ing-wen on Monday.",
			[]string{"TWNOPP 111 TWNGOV asserted"}},
		{"2018-06-12", "Taipei mayor Ko Wen-je criticised China on Monday.",
			[]string{"TWNGOV 111 CHN asserted"}},
	})
}
