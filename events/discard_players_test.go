package events_test

import "testing"

// TestSportSelection48: a team's choice of players for a match ("is
// considering playing left-arm spinner … in the third Test", "a levy on
// junior players") is sport, no event (discard.go sportCues: player,
// players, spinner, spinners, test, read for a sentence alone: an
// article on a protest outside a match is not set aside for them); a
// nuclear test, with words of conflict around it, stays a show of force.
func TestSportSelection48(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"New Zealand is considering playing leg spinner Ish Sodhi in next week's second Test against India in Pune.", nil},
		{"Rugby Australia is considering a new fee on junior players to clear its debts.", nil},
		{"North Korea conducted a nuclear test on Sunday, its first in six years.",
			[]string{"PRK 150 - asserted"}},
	}, false)
}
