package events_test

import "testing"

// TestPeopleNounTargets codes the role nouns of actors/data that name
// the people a state force acts on: herders, islanders and youths are
// their state's civilians (CVL), a guerrilla group rebels (REB) and a
// Tamil Tiger the Sri Lankan rebels (LKAREB), in active, passive, fronted
// and coordinated wordings.
func TestPeopleNounTargets(t *testing.T) {
	checkDated(t, newCoder(t), "2024-05-01", []coverageCase{
		{"Ugandan police arrested 15 Karamojong herders near Moroto on Wednesday.",
			[]string{"UGACOP 173 UGACVL asserted"}},
		{"Fifteen herders were detained by Ugandan police near Moroto on Wednesday.",
			[]string{"UGACOP 173 UGACVL asserted"}},
		{"Maltese police fired tear gas at islanders on Gozo on Friday who were blocking a port.",
			[]string{"MLTCOP 175 MLTCVL asserted", "MLTCVL 144 MLTGOV asserted"}},
		{"On Friday, Chilean riot police fired water cannon at stone-throwing youths in Valparaiso.",
			[]string{"CHLCOP 175 CHLCVL asserted"}},
		{"Stone-throwing youths clashed with Chilean riot police in Valparaiso on Friday.",
			[]string{"CHLCVL 145 CHLCOP asserted"}},
		{"Peruvian police arrested two leaders of a Maoist guerrilla group in Ayacucho on Monday.",
			[]string{"PERCOP 173 PERREB asserted"}},
		{"Sri Lankan troops captured a senior Tamil Tiger commander and three fighters near Jaffna on Sunday.",
			[]string{"LKAMIL 173 LKAREB asserted"}},
		// near miss: a herder's dog is no herder
		{"Ugandan police shot a herder's dog near Moroto on Wednesday.",
			nil},
	})
}
