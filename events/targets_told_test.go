package events_test

import "testing"

// TestToldTarget: the party told of the teller's own act in a complement
// clause ("told Y it would …", "assured Y that …") is that act's target
// when the act names none; a forum or a news outlet told is an audience,
// and an act with a target of its own keeps it (targets_told.go).
func TestToldTarget(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Germany told Ukraine on Monday it would send more air defence systems.",
			[]string{"DEU 0332 UKR future"}},
		{"Germany assured Ukraine on Monday that it would send more air defence systems.",
			[]string{"DEU 0332 UKR future"}},
		{"Iran told the United States on Monday it would retaliate against any attack.",
			[]string{"IRN 138 USA future"}},
		{"Japan's foreign minister told his Chinese counterpart on Monday that Tokyo would resume talks.",
			[]string{"JPN 036 CHNGOV future"}},
		{"The minister told Reuters on Monday that Germany would send more air defence systems.",
			[]string{"DEU 0332 - future"}},
		{"Iran's president told the U.N. General Assembly on Monday that Tehran was ready to negotiate with world powers.",
			[]string{"IRN 036 - future"}},
	}, false)
}
