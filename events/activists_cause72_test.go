package events_test

import "testing"

// TestActivistsCause72: an activist named by a cause other than human
// rights is a civilian (CVL), as the header of actors/data/agents.txt says
// (gold README item 45); "rights activist" and "human rights activist"
// stay HRI. LGBT, labour and civil rights activists gave HRI before the
// fix72b lines. Invented sentences.
func TestActivistsCause72(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Gunmen shot dead a land rights activist in the Brazilian state of Para on Friday.",
			[]string{"BRAUAF 180 BRACVL asserted"}},
		{"Belarusian police detained three LGBT rights activists in Minsk on Saturday.",
			[]string{"BLRCOP 173 BLRCVL asserted"}},
		{"Turkish police arrested two labour rights activists in Istanbul on Monday.",
			[]string{"TURCOP 173 TURCVL asserted"}},
		{"Police in Alabama arrested a civil rights activist on Friday.",
			[]string{"USACOP 173 USACVL asserted"}},
		{"Ugandan police detained two gay rights activists in Kampala on Monday.",
			[]string{"UGACOP 173 UGACVL asserted"}},
		{"Police in Peru arrested an indigenous rights activist on Monday.",
			[]string{"PERCOP 173 PERCVL asserted"}},
		// near misses: human rights, and "rights" alone, stay HRI
		{"Russian police detained a rights activist on Monday.",
			[]string{"RUSCOP 173 RUSHRI asserted"}},
		{"Chinese police detained a human rights activist on Monday.",
			[]string{"CHNCOP 173 CHNHRI asserted"}},
	}, false)
}
