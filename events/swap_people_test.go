package events_test

import "testing"

// TestSwapPeople: in a prisoner exchange between two states each frees
// the other's people (CVL), not the other state itself nor the people of
// the venue (swap_people.go); people named by a state keep it.
func TestSwapPeople(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Ethiopia and Eritrea exchanged 40 prisoners each on Wednesday.",
			[]string{"ETH 0841 ERICVL asserted", "ERI 0841 ETHCVL asserted"}},
		{"Moscow and Kyiv swapped 150 captives on Sunday, the defence ministries of both countries said.",
			[]string{"RUS 0841 UKRCVL asserted", "UKR 0841 RUSCVL asserted"}},
		{"Iran and Sweden released five detainees between them in an exchange arranged in Oman on Saturday.",
			[]string{"IRN 0841 SWECVL asserted", "SWE 0841 IRNCVL asserted"}},
		{"In a swap mediated by Qatar, Venezuela and the United States freed 11 prisoners between them on Friday.",
			// the mediation in the fronted phrase finds no parties: none
			// coded (was QAT, VEN and USA 045 with no target)
			[]string{"VEN 0841 USACVL asserted", "USA 0841 VENCVL asserted"}},
		{"Russia and Belarus freed 20 Ukrainian prisoners on Monday.",
			[]string{"RUS 0841 UKRCVL asserted", "BLR 0841 UKRCVL asserted"}},
	}, false)
}
