package events_test

import "testing"

// TestDeportationWire codes team-written sentences for three verbs.txt
// lines: the expulsion of people who are not diplomats, ordered or
// announced (174; diplomats stay 161), migrants "bused" back (174, a
// form the lexicon keeps as its own lemma), and electricity or fuel
// exports cut off (163; electricity cut off from a place stays 191).
func TestDeportationWire(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Bolivia's interior ministry announced on Thursday the expulsion of a Peruvian national accused of running a cocaine smuggling network.",
			[]string{"BOLGOV 174 PERREF asserted"}},
		{"Dominican authorities bused hundreds of Haitian migrants back across the border on Tuesday.",
			[]string{"DOMGOV 174 HTIREF asserted"}},
		{"Turkey cut off electricity exports to Syria on Tuesday.",
			[]string{"TUR 163 SYR asserted"}},
		// must not fire: diplomats expelled, protesters bused, electricity cut from a place
		{"Bolivia ordered the expulsion of two Peruvian diplomats on Thursday.",
			[]string{"BOL 161 PERGOV asserted"}},
		{"Police bused the protesters back to the city on Tuesday.", nil},
		{"Israel cut off electricity to Gaza on Tuesday.", nil},
	}, false)
}
