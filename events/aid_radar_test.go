package events_test

import "testing"

// TestRadarAid: radar sets given to a state are military aid (072, 0332
// when pledged: the aid grid of data/verbs.txt); radar data passed on is
// no aid.
func TestRadarAid(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Australia pledged on Monday to give Vanuatu three more coastal radar systems to help it watch its waters.",
			[]string{"AUS 0332 VUT future"}},
		{"Japan gave Fiji two radar systems on Monday.",
			[]string{"JPN 072 FJI asserted"}},
	}, false)
}
