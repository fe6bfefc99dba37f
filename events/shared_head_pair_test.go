package events_test

import "testing"

// TestSharedHeadPairMeets: two states' demonyms on one head noun ("the
// Kenyan and Ugandan governments") meeting or talking with a third party
// are two stated sources, each with that party both ways; a list of three
// and two bare state names keep the multilateral reading, one event each
// (record.go sharedHeadPair).
func TestSharedHeadPairMeets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Kenyan and Ugandan governments held talks with South Sudanese rebels on Monday.",
			[]string{"KENGOV 046 SSDREB asserted", "SSDREB 046 KENGOV asserted", "UGAGOV 046 SSDREB asserted", "SSDREB 046 UGAGOV asserted"}},
		{"Egyptian and Jordanian envoys met Libyan tribal elders in Benghazi on Sunday.",
			[]string{"EGYGOV 040 LBYCVL asserted", "LBYCVL 040 EGYGOV asserted", "JORGOV 040 LBYCVL asserted", "LBYCVL 040 JORGOV asserted"}},
		{"Peruvian, Chilean and Bolivian ministers held talks with Brazil on Monday.",
			[]string{"PERGOV 046 - asserted", "CHLGOV 046 - asserted", "BOLGOV 046 - asserted", "BRA 046 - asserted"}},
		{"The Philippines and Japan held talks with Vietnam on Monday.",
			[]string{"PHL 046 - asserted", "JPN 046 - asserted", "VNM 046 - asserted"}},
	}, false)
}
