package events_test

import "testing"

// TestRelativeStrikes: a relative clause telling the toll of a strike
// whose doer is named right before the strike noun is the strike itself,
// by that doer (a state as its forces), even as an inquiry's object
// (sources_relative_attack.go); a crash (its inquiry alone coded), or a strike named by its place
// alone, keeps no source.
func TestRelativeStrikes(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Somalia's government ordered an investigation on Monday into a U.S. drone strike that killed six farmers near Jilib.",
			[]string{"SOMGOV 093 USAMIL asserted", "USAMIL 1952 SOMAGR asserted"}},
		{"Yemen ordered an inquiry on Monday into the Saudi air strike that killed 40 children near Saada.",
			[]string{"YEM 093 SAU asserted", "SAUMIL 195 YEMCVL asserted"}},
		// near misses: no strike, no doer before the strike
		{"Pakistan ordered an inquiry on Monday into a bus crash that killed 14 people near Lahore.",
			[]string{"PAK 090 - asserted"}}, // the inquiry opened is the state's (inquiry_opened.go)
		{"Pakistan ordered an inquiry on Monday into the Peshawar air strike that killed 14 people.",
			[]string{"PAK 093 - asserted"}},
	}, false)
}
