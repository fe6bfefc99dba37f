package events_test

import "testing"

// TestCalledComplement checks, on sentences written for this test, that a
// word of blame closing the object of "call" is a criticism even when the
// object alone names another act ("called the Russian strike … appalling"
// is no called strike: called.go), while a strike called, and one a
// later clause blames, stay strikes.
func TestCalledComplement(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Germany called the Russian strike on the children's hospital in Kyiv appalling.",
			[]string{"DEU 111 RUS asserted", "RUS 190 UKR asserted"}},
		{"Berlin called the Russian missile strike on Kyiv appalling and cowardly.",
			[]string{"DEU 111 RUS asserted", "RUS 195 UKR asserted"}},
		{"Workers called a strike at the Hyundai plant in Ulsan on Monday to protest against the appalling conditions.",
			[]string{"KORLAB 143 KORGOV asserted"}},
	}, false)
}
