package events_test

import "testing"

// TestFishingBoatsBusiness: a fishing boat or trawler named by its
// nationality is a business of that state (BUS), as an airliner is its
// airline's, not the state itself; a boat named by its flag
// ("Panamanian-flagged") stays the flag state. A boat seized is the
// state's, not its owners' (gold README item 65).
func TestFishingBoatsBusiness(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Italy's coast guard seized a Tunisian fishing boat off Lampedusa on Monday.", []string{"ITAMIL 171 TUN asserted"}},
		{"Argentina's navy fired on a Chinese trawler off Patagonia on Tuesday.", []string{"ARGMIL 190 CHNBUS asserted"}},
		{"Somali pirates freed the crew of a Panamanian-flagged fishing vessel on Tuesday.", []string{"SOMCRM 0841 PAN asserted"}},
	}, false)
}
