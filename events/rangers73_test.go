package events_test

import "testing"

// TestRangers73Events: paramilitary rangers are troops (actors/data/
// agents.txt, session 73): the rangers a roadside bomb hit are THAMIL,
// not the bare country the story gave before, and "Paramilitary
// Rangers" as a subject give a source where there was none.
func TestRangers73Events(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Suspected insurgents detonated a roadside bomb under a truck carrying paramilitary rangers in Yala province on Monday, killing two of them, police said.",
			[]string{"THAREB 1833 THAMIL asserted"}},
		{"Paramilitary Rangers arrested the opposition leader Ali Raza at a court in Karachi on Monday.",
			[]string{"PAKMIL 173 PAKOPP asserted"}},
	}, false)
}
