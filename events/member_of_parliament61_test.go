package events_test

import "testing"

// TestMemberOfParliament61: the singular "member of parliament" is a
// lawmaker (LEG), as the plural and "MP" are (it was the bare country).
// Near miss: "lawmaker", already LEG, codes as before.
func TestMemberOfParliament61(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Gunmen tried to kill a Georgian member of parliament in Tbilisi on Monday.",
			[]string{"GEOUAF 185 GEOLEG asserted"}},
		// near miss
		{"Gunmen tried to kill a Georgian lawmaker in Tbilisi on Monday.",
			[]string{"GEOUAF 185 GEOLEG asserted"}},
	}, false)
}
