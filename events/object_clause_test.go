package events_test

import "testing"

// TestObjectClause codes object_clause.go with the noclause patterns of
// data/verbs.txt: foreign forces, monitors or aid accepted or admitted
// are international involvement allowed (086x; 0355 as a plan), but an
// admission whose "object" is the subject of a complement clause (a
// finite verb or a modal after its noun phrase) is a confession and
// lets no one in.
func TestObjectClause(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// the object let in: active, planned, coordinated
		{"Nauru accepted police from New Zealand on Wednesday after unrest in Yaren.",
			[]string{"NRU 0861 NZLCOP asserted"}},
		{"Haiti agreed on Friday to admit soldiers from Kenya and Benin.",
			[]string{"HTI 0355 KENMIL future", "HTI 0355 BENMIL future"}},
		{"Lesotho will admit foreign observers for the vote, its foreign minister said.",
			[]string{"LSO 0355 - future"}},
		// a complement clause after the noun phrase: a confession
		{"The Malian army admitted soldiers from a reserve battalion had opened fire on villagers.",
			nil},
		{"Chad's defence ministry admitted foreign troops had crossed into its territory on Sunday.",
			nil},
		{"Guinea's junta admitted observers from the regional bloc would not be allowed to visit.",
			nil},
		{"The Kenyan army admitted troops from its 9th battalion had shot two protesters in Nakuru.",
			nil},
	}, false)
}
