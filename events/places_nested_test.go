package events_test

import "testing"

// TestFirstSittingVisit: "the first sitting … to visit" takes the
// subject of "became" (wording.go firstToVerb), and a visit told at a
// country and at its city in one sentence is one visit
// (places_nested.go).
func TestFirstSittingVisit(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Albanese became the first sitting Australian prime minister to visit Fiji on Tuesday.",
			[]string{"AUSGOV 042 FJI asserted", "FJI 043 AUSGOV asserted"}},
		{"Kenya's president on Monday became the first sitting Kenyan leader to visit Brazil, arriving in Brasilia with a trade delegation.",
			[]string{"KENGOV 042 BRA asserted", "BRA 043 KENGOV asserted"}},
		{"Kenya's president on Monday became the first Kenyan leader to visit Brazil, arriving in Brasilia with a trade delegation.",
			[]string{"KENGOV 042 BRA asserted", "BRA 043 KENGOV asserted"}},
	}, false)
}
