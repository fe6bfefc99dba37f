package events_test

import "testing"

// TestHeldPlaceWithModifiers codes a state's strike on a place an armed
// group holds as aimed at the group, modifiers between the holder's word
// and the place noun ("the rebel-held mountain town of"); a place with no
// holder named stays its civilians', and a foreign strike on a held city
// stays the country's.
func TestHeldPlaceWithModifiers(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Libyan government forces pounded the rebel-held mountain town of Zawiya with rockets on Wednesday.",
			[]string{"LBYMIL 194 LBYREB asserted 2024-07-10"}},
		{"Ethiopian jets bombed the rebel-held northern town of Adigrat on Tuesday.",
			[]string{"ETHMIL 195 ETHREB asserted 2024-07-09"}},
		{"Somali government forces attacked the militant-held port city of Kismayo on Sunday.",
			[]string{"SOMMIL 190 SOMREB asserted 2024-07-07"}},
		{"Sudanese warplanes struck militant-controlled mountain villages in South Kordofan on Friday.",
			[]string{"SDNMIL 195 SDNREB asserted 2024-07-12"}},
		{"Ukrainian artillery shelled separatist-held industrial suburbs of Donetsk overnight.",
			[]string{"UKRMIL 194 UKRREB asserted 2024-07-13"}},
		// near misses: no holder named; a foreign strike
		{"Ethiopian jets bombed the northern town of Adigrat on Tuesday.",
			[]string{"ETHMIL 195 ETHCVL asserted 2024-07-09"}},
		{"Russian jets bombed the rebel-held city of Aleppo on Tuesday.",
			[]string{"RUSMIL 195 SYR asserted 2024-07-09"}},
	}, true)
}
