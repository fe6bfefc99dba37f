package events_test

import "testing"

// TestPatrolBoatSource codes a state's patrol boat or patrol vessel named
// as the doer as its military, as warships and gunboats are: before, the
// boat was no actor and the act was set aside (no source found). Near
// misses: a coast guard patrol boat (coded by "coast guard" already) and
// patrol vessels a shipyard delivers (no state, no event) stay as they
// were.
func TestPatrolBoatSource(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A Mauritanian patrol boat fired warning shots at a Senegalese pirogue off Nouakchott on Thursday.",
			[]string{"MRTMIL 150 SEN asserted 2024-07-11"}},
		{"Two Philippine patrol vessels blocked a Chinese dredger near Scarborough Shoal on Tuesday.",
			[]string{"PHLMIL 191 CHN asserted 2024-07-09"}},
		{"Iran seized two British patrol boats in the Gulf on Monday.",
			[]string{"IRN 171 GBRMIL asserted 2024-07-08"}},
		// near misses
		{"A Greek coast guard patrol boat rammed a Turkish fishing boat off Lesbos on Monday.",
			[]string{"GRCMIL 190 TURBUS asserted 2024-07-08"}},
		{"The shipyard delivered two patrol vessels on Monday.",
			nil},
	}, true)
}
