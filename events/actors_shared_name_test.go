package events_test

import "testing"

// TestSharedCountryName: two states named with their shared last word
// said once ("North and South Korea", actors/sharedname.go) are two
// actors, so a mutual verb gives each direction and an appeal to them one
// event per target (gold dev50 W50023; CODING.md: one event per stated
// source × target pair). A region so named is no actor.
func TestSharedCountryName(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"North and South Korea agreed on Tuesday to reopen a liaison office.",
			[]string{"PRK 030 KOR future", "KOR 030 PRK future"}},
		{"China urged North and South Korea to exercise restraint.",
			[]string{"CHN 0256 PRK asserted", "CHN 0256 KOR asserted"}},
		{"North and South Sudan agreed to share oil revenue.",
			[]string{"SDN 030 SSD future", "SSD 030 SDN future"}},
		{"Floods hit South and East Asia on Monday.",
			nil},
	}, false)
}
