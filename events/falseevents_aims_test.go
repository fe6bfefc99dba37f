package events_test

import "testing"

// TestAimsOfActs codes wire sentences whose act carries a purpose phrase
// ("war games aimed at invading the North", "drills designed to rehearse
// a blockade"): the aim is no act; the act it hangs on is coded once,
// and a subject's own aim ("aimed to") is left to the intent rules. The
// article is published on 2024-07-13 (a Saturday).
func TestAimsOfActs(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Pyongyang accused Seoul and Washington on Monday of holding war games aimed at invading the North.",
			[]string{"PRK 112 KOR asserted 2024-07-08", "PRK 112 USA asserted 2024-07-08",
				"KOR 150 PRK alleged 2024-07-13", "USA 150 PRK alleged 2024-07-13"}},
		{"Chinese warships staged drills around Taiwan on Monday, manoeuvres aimed at encircling the island.",
			[]string{"CHNMIL 150 TWN asserted 2024-07-08"}},
		{"The United States imposed new sanctions on Iran on Monday, measures designed to cripple its oil exports.",
			[]string{"USA 163 IRN asserted 2024-07-08"}},
		// people who intend to act: their own aim, a plan
		{"U.S. officials intended to meet their Chinese counterparts in Geneva on Friday.",
			[]string{"USAGOV 036 CHNGOV future 2024-07-13"}},
		// the topic of talks is no act
		{"Qatar's prime minister said his country was still talking to Hamas about releasing hostages.",
			[]string{"QAT 040 PSEREB asserted 2024-07-13", "PSEREB 040 QAT asserted 2024-07-13"}},
		// the act on which no aim hangs stays
		{"Israeli jets struck Hezbollah positions in southern Lebanon on Monday.",
			[]string{"ISRMIL 195 LBNREB asserted 2024-07-08"}},
	}, true)
}
