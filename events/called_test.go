package events_test

import "testing"

// TestCalledComplement checks, on sentences written for this test, that a
// word of blame closing the object of "call" is a criticism even when the
// object alone names another act ("called the Russian strike … appalling"
// is no called strike: called.go), while a strike called, and one a
// later clause blames, or a word of blame modifying a later noun ("over
// appalling pay"), stay strikes.
func TestCalledComplement(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Germany called the Russian strike on the children's hospital in Kyiv appalling.",
			[]string{"DEU 111 RUS asserted", "RUS 190 UKR asserted"}},
		{"Berlin called the Russian missile strike on Kyiv appalling and cowardly.",
			[]string{"DEU 111 RUS asserted", "RUS 195 UKR asserted"}},
		{"Workers called a strike at the Hyundai plant in Ulsan on Monday to protest against the appalling conditions.",
			[]string{"KORLAB 143 KORGOV asserted"}},
		// the word of blame modifies a noun of a later phrase: no complement
		{"South Korean workers called a strike at the Hyundai plant over appalling pay.",
			[]string{"KORLAB 143 KORGOV asserted"}},
		{"Nigerian unions called a general strike over the illegal fuel price rise.",
			[]string{"NGALAB 143 NGAGOV asserted"}},
		{"Houthi rebels called a truce after the shocking death toll in Hodeidah.",
			[]string{"YEMREB 0871 - asserted"}},
		// (calling an election is domestic politics, no event: verbs.txt)
		{"The Thai prime minister called snap elections amid an unacceptable political deadlock.", nil},
		// the word closes the object before a comma or an adverbial: blame
		{"Germany called the Russian strike on the children's hospital in Kyiv appalling on Tuesday.",
			[]string{"DEU 111 RUS asserted", "RUS 190 UKR asserted"}},
		{"Thai opposition leaders called the snap elections unacceptable, saying the vote was rigged.",
			[]string{"THAOPP 111 - asserted"}},
	}, false)
}
