package events_test

import "testing"

// TestSharedObject gives the first of two verbs of one subject joined by
// "and" before one object ("condemned and threatened Finland") the
// second's target, and the pair one date; a first verb with an object of
// its own, a protest verb and a meeting keep theirs.
func TestSharedObject(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Russia condemned and threatened Finland on Tuesday over its plan to join NATO.",
			[]string{"RUS 111 FIN asserted 2024-07-09", "RUS 130 FIN asserted 2024-07-09"}},
		{"Belarusian police detained and beat dozens of protesters in Minsk on Tuesday.",
			[]string{"BLRCOP 173 BLRCVL asserted 2024-07-09", "BLRCOP 175 BLRCVL asserted 2024-07-09"}},
		{"A gunman shot and seriously wounded Slovak Prime Minister Robert Fico in the town of Handlova on Tuesday.",
			[]string{"SVKUAF 185 SVKGOV asserted 2024-07-09"}},
		// near misses: the first verb has its own object, and a meeting
		{"Russia criticised the plan and threatened Finland on Tuesday.",
			[]string{"RUS 111 - asserted 2024-07-09", "RUS 130 FIN asserted 2024-07-09"}},
		{"China met and praised Japan on Tuesday.",
			[]string{"CHN 040 - asserted 2024-07-09", "CHN 051 JPN asserted 2024-07-09"}},
	}, true)
}
