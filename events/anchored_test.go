package events_test

import "testing"

// TestAnchoredOwnerPhrase: "the country's", "the nation's" N take the one
// state the sentence anchors when the story has named none, and the whole
// phrase is the verb's object (anchored.go); with two states named the
// phrase stays unresolved and codes nothing.
func TestAnchoredOwnerPhrase(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The U.N. envoy for Yemen met the country's prime minister in Aden on Sunday.",
			[]string{"IGOUNO 040 YEMGOV asserted", "YEMGOV 040 IGOUNO asserted"}},
		{"On a visit to Yemen, the U.N. envoy met the country's prime minister on Sunday.",
			[]string{"IGOUNO 040 YEMGOV asserted", "YEMGOV 040 IGOUNO asserted"}},
		{"The EU envoy for Libya met the nation's interim president on Sunday.",
			[]string{"IGOEUREEC 040 LBYGOV asserted", "LBYGOV 040 IGOEUREEC asserted"}},
		{"The U.N. envoy for Yemen arrived in Aden on Sunday and met the country's prime minister.",
			[]string{"IGOUNO 040 YEMGOV asserted", "YEMGOV 040 IGOUNO asserted"}},
		// two states anchored: "the country's" is neither
		{"The EU envoy for Libya met Egypt's foreign minister and the country's interior minister on Sunday.",
			[]string{"IGOEUREEC 040 EGYGOV asserted", "EGYGOV 040 IGOEUREEC asserted"}},
	}, false)
}

// TestPairedGovernment: a bare "the government" joined by "and" to a
// state's own rebels named with their demonym is that state's government,
// not the venue's, in the subject, after "between" and in either order.
func TestPairedGovernment(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The government and Colombian rebels resumed peace talks in Havana on Monday.",
			[]string{"COLGOV 046 COLREB asserted", "COLREB 046 COLGOV asserted"}},
		{"Talks between the government and Colombian rebels resumed in Havana on Monday.",
			[]string{"COLGOV 046 COLREB asserted", "COLREB 046 COLGOV asserted"}},
		{"Colombian rebels and the government resumed peace talks in Havana on Monday.",
			[]string{"COLGOV 046 COLREB asserted", "COLREB 046 COLGOV asserted"}},
		{"Peruvian bishops agreed on Monday to mediate talks between the government and the striking miners.",
			[]string{"PERREL 039 PERGOV future"}},
	}, false)
}

// TestOwnForcesTargeted: a state's own leader detained by its soldiers
// (a coup: [seized rulers] in data/words.txt) and its own troops or
// police blamed or praised by its officials are targets, not the source's
// own organ dropped; officials detained by a foreign force stay as they
// were.
func TestOwnForcesTargeted(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Gabon's republican guard detained the interim president on Thursday.",
			[]string{"GABMIL 173 GABGOV asserted"}},
		{"Guinea's special forces detained the president at the palace on Sunday.",
			[]string{"GINMIL 173 GINGOV asserted"}},
		{"Israeli troops detained several officials in Jenin on Monday.",
			[]string{"ISRMIL 173 - asserted"}},
		{"Kenya's interior minister criticised the police on Monday over the deaths of protesters.",
			[]string{"KENGOV 111 KENCOP asserted"}},
		{"Ethiopia's prime minister accused the army on Tuesday of failing to protect civilians.",
			[]string{"ETHGOV 112 ETHMIL asserted"}},
		{"Kenya's interior minister praised the police on Monday.",
			[]string{"KENGOV 051 KENCOP asserted"}}, // praise of its own forces has them as target (gold W14112, TestPraiseOwnForces)
		// the force further on is not the verb's object
		{"Kenya's interior minister accused the blogger on Monday of spreading lies about the police.", nil},
	}, false)
}
