package events_test

import "testing"

// TestThePairAgreed codes "the pair" or "the duo" as the subject of a
// later clause as the two parties of the earlier act, as "the two" is: a
// host and his guest who then agree act towards each other. A pair
// arrested by the police is no party to an accord.
func TestThePairAgreed(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenyan President William Ruto hosted his Ugandan counterpart Yoweri Museveni in Nairobi on Monday, and the pair agreed to expand trade.",
			[]string{"KENGOV 043 UGAGOV asserted 2024-07-08", "UGAGOV 042 KENGOV asserted 2024-07-08",
				"KENGOV 0311 UGAGOV future 2024-07-08", "UGAGOV 0311 KENGOV future 2024-07-08"}},
		{"Ghanaian President Nana Akufo-Addo received his Togolese counterpart Faure Gnassingbe in Accra on Friday, and the duo signed a maritime border accord.",
			[]string{"GHAGOV 043 TGOGOV asserted 2024-07-12", "TGOGOV 042 GHAGOV asserted 2024-07-12",
				"GHAGOV 057 TGOGOV asserted 2024-07-12", "TGOGOV 057 GHAGOV asserted 2024-07-12"}},
		// near miss: two people arrested are no pair of parties
		{"Kenyan police arrested two men in Nairobi on Monday, and the pair appeared in court on Tuesday.",
			[]string{"KENCOP 173 KENCVL asserted 2024-07-08"}},
	}, true)
}
