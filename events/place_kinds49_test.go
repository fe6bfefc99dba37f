package events_test

import "testing"

// TestPlaceKindHeads49: a place told through a common noun and "of"
// ("in the hills of central Mali", "in a remote corner of eastern Congo")
// gives an unnamed armed group or its victims that place's country, as
// "the outskirts of Khartoum" does, not the country of the other actor.
// Invented sentences.
func TestPlaceKindHeads49(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"French troops launched an offensive against jihadists in the hills of central Mali on Tuesday.",
			[]string{"FRAMIL 190 MLIREB asserted"}},
		{"Ugandan rebels killed 40 villagers in a remote corner of eastern Congo on Sunday.",
			[]string{"UGAREB 202 CODCVL asserted"}},
	}, false)
}
