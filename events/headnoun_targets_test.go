package events_test

import "testing"

// TestHeadNounTargets codes targets whose sector comes from the noun a
// nationality adjective qualifies: a patrol fired on is the state's
// military, football fans attacked its civilians.
func TestHeadNounTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Cambodian troops opened fire on a Thai patrol near the temple on Monday.",
			[]string{"KHMMIL 193 THAMIL asserted"}},
		{"Venezuelan soldiers attacked a Guyanese military patrol on the border on Friday.",
			[]string{"VENMIL 190 GUYMIL asserted"}},
		{"Islamic State gunmen killed two Swedish football fans in Brussels on Monday.",
			[]string{"IMGMOSISL 180 SWECVL asserted"}},
	}, false)
}
