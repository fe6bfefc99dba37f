package events_test

import "testing"

// TestInquiryPlace72: an inquiry into acts placed in a country that names
// no perpetrator has target null (gold README item 50): a possessive place
// after "in" or "during" ("in Mali's Mopti region", "during Kenya's
// post-election violence") names no one investigated; an act the
// possessive state did ("in Chad's raid", "into Russia's attack") and a
// doer after "by" still do. Invented sentences.
func TestInquiryPlace72(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The United Nations opened an inquiry on Tuesday into reported killings of villagers in Mali's Mopti region.",
			[]string{"IGOUNO 093 - asserted"}},
		{"The African Union sent a fact-finding mission on Friday to look into killings in Nigeria's Plateau state.",
			[]string{"IGOAFRAFU 092 - asserted"}},
		{"Prosecutors at the International Criminal Court opened an investigation on Monday into killings committed by both sides during Kenya's post-election violence.",
			[]string{"IGOICC 093 - asserted"}},
		// near misses: the state's own act, and a doer after "by"
		{"Niger ordered an investigation on Friday into the deaths of nine herders in Chad's raid on a border camp.",
			[]string{"NER 093 TCD asserted"}},
		{"The United Nations opened an inquiry on Tuesday into Russia's attack on a maternity hospital in Mariupol.",
			[]string{"IGOUNO 093 RUS asserted"}},
		{"The United Nations opened an inquiry on Tuesday into killings of villagers by Malian soldiers in the Mopti region.",
			[]string{"IGOUNO 093 MLIMIL asserted"}},
	}, false)
}
