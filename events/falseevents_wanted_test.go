package events_test

import "testing"

// TestWantedAct: an act named as what someone wants or needs is a wish,
// no deed (falseevents_wanted.go); one won or welcomed is done.
func TestWantedAct(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Turkey wants Russia's backing for its plan to weaken the Kurds.", nil},
		{"Turkey needs Russian support for its offensive.", nil},
		{"Turkey won Russia's backing for its plan on Monday.",
			[]string{"RUS 051 - asserted 2024-07-08"}},
	}, true)
}
