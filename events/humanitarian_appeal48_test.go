package events_test

import "testing"

// TestHumanitarianAppeal48: an appeal for aid, help or money in a
// humanitarian need (a disaster, famine, refugees, food) is an appeal for
// humanitarian aid (0233); an appeal for money with no such need stays a
// bare appeal and one for weapons military aid (humanitarian_appeal.go).
// Invented sentences.
func TestHumanitarianAppeal48(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Peru appealed for international help on Monday after floods killed dozens of people in the north.", []string{"PER 0233 - asserted"}},
		{"The World Food Programme appealed on Tuesday for $150 million to feed refugees in Uganda.", []string{"IGOUNOWFP 0233 - asserted"}},
		{"The World Health Organization appealed on Monday for $2 billion to fund its operations next year.", []string{"IGOUNOWHO 020 - asserted"}},
		{"Ukraine appealed for air defence systems on Monday.", []string{"UKR 0232 - asserted"}},
	}, false)
}
