package events_test

import "testing"

// TestPostModifiedSubject: a subject followed by an adjective of feeling
// ("angry over") or by a participle the tagger does not know as a verb
// form ("disguised as") before its verb is still the verb's subject
// (sources_postmodifier.go); the disguise is no one.
func TestPostModifiedSubject(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Hundreds of Kenyans angry over tax rises tried to storm the parliament in Nairobi on Tuesday.", []string{"KENCVL 145 KENLEG asserted"}},
		{"Maoist rebels disguised as policemen abducted five Nepali officials on Friday.", []string{"NPLREB 181 NPLGOV asserted"}},
		{"Somali gunmen disguised as soldiers stormed a hotel in Mogadishu on Sunday.", []string{"SOMUAF 180 SOMCVL asserted"}},
		{"Peruvian miners furious at the new royalties blocked the Pan-American highway on Monday.", []string{"PERLAB 144 PERGOV asserted"}},
	}, false)
}
