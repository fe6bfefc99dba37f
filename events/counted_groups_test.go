package events_test

import "testing"

// TestCountedGroupsInList checks, on sentences written for this test, that
// a list item after a count ("and more than 20 rebel groups", "and some 12
// rebel groups") stays in the list and shares its possessor's state, and
// that two kinds of group before one "groups" ("rebel and opposition
// groups") are one party, the first word's.
func TestCountedGroupsInList(t *testing.T) {
	c := newCoder(t)
	tests := []dyadCase{ // "SOURCE CAMEO TARGET" per event
		{"Turkey opened talks in Ankara on Friday between Sudan's government and more than 20 rebel and opposition groups.",
			[]string{"TUR 045 SDNGOV", "TUR 045 SDNREB", "SDNGOV 046 SDNREB", "SDNREB 046 SDNGOV"}}, // (the parties' talks: talksVenueDay, as W25028)
		{"Ethiopia opened talks in Addis Ababa on Friday between Somalia's government and some 12 rebel groups.",
			[]string{"ETH 045 SOMGOV", "ETH 045 SOMREB", "SOMGOV 046 SOMREB", "SOMREB 046 SOMGOV"}},
	}
	checkDyads(t, c, "2024-07-13", tests)
}
