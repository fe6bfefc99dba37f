package events_test

import "testing"

// TestFiredOver: a rocket or missile fired over a country is a show of
// force against it (150), also when the sentence goes on "into the
// Pacific"; it gave 194 before ("fire rocket … into"). Fired over a border
// it strikes (194). Invented sentences.
func TestFiredOver(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"North Korea fired a ballistic missile over Japan's northern island of Hokkaido into the Pacific on Friday.",
			[]string{"PRK 150 JPN asserted"}},
		{"North Korea fired a long-range rocket over Japan on Sunday.",
			[]string{"PRK 150 JPN asserted"}},
		// near misses: over a border, and into a country, is a strike
		{"Hezbollah fired rockets over the border into northern Israel on Friday.",
			[]string{"LBNREB 194 ISR asserted"}},
		{"Hamas fired rockets into southern Israel on Friday.",
			[]string{"PSEREB 194 ISR asserted"}},
	}, false)
}
