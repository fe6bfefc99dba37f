package events_test

import "testing"

// TestPluralFieldAgency checks, on sentences written for this test, that
// a state's body named after its possessive with a lower-case plural for
// its field ("Japan's fisheries agency", gold W50043 JPNGOV) is that
// state's government, as "Japan's immigration agency" is
// (actors/phrase.go nounBridge); a plural that heads no body ("Japan's arms
// exports") names no actor.
func TestPluralFieldAgency(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-07-13", []coverageCase{
		{"Japan's fisheries agency warned China on Tuesday.",
			[]string{"JPNGOV 130 CHN asserted"}},
		{"India's external affairs ministry condemned the attack on Pakistan on Tuesday.",
			[]string{"INDGOV 111 PAK asserted"}},
		{"Japan's consumer affairs agency criticised Toyota on Tuesday.",
			[]string{"JPNGOV 111 JPNBUS asserted"}},
		{"Japan's arms exports rose on Tuesday.",
			nil},
	})
}
