package events_test

import "testing"

// TestSingularPeople65 checks, on sentences written for this test, that
// one farmer is the target's AGR and one fisherman, herder, peasant or
// detainee its CVL, as their plurals are, whatever the verb. Near
// misses: another person noun keeps its sector, and "prisoner" before a
// noun names no person (the swap's people are the states' CVL).
func TestSingularPeople65(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Israeli soldiers shot dead a Palestinian farmer near the Gaza border fence on Friday.",
			[]string{"ISRMIL 190 PSEAGR asserted 2024-07-12"}},
		{"Indian police arrested a Sikh farmer in Punjab on Friday.",
			[]string{"INDCOP 173 INDAGR asserted 2024-07-12"}},
		{"Somali pirates freed a Kenyan fisherman on Friday.",
			[]string{"SOMCRM 0841 KENCVL asserted 2024-07-12"}},
		{"Egyptian policemen beat a detainee to death in Cairo on Friday.",
			[]string{"EGYCOP 1823 EGYCVL asserted 2024-07-12"}},
		{"A Lebanese rocket attack killed two farmers in northern Israel on Friday.",
			[]string{"LBN 195 ISRAGR asserted 2024-07-12"}},
		// near misses
		{"Israeli troops shot dead a Palestinian gunman near the Gaza border fence on Friday.",
			[]string{"ISRMIL 190 PSEUAF asserted 2024-07-12"}},
		{"Russia and Ukraine carried out a prisoner swap on Friday.",
			[]string{"RUS 0841 UKRCVL asserted 2024-07-12", "UKR 0841 RUSCVL asserted 2024-07-12"}},
	}, true)
}
