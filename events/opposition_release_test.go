package events_test

import "testing"

// TestOppositionReleaseDemand checks, on sentences written for this test,
// that an opposition party named after "opposition" is the state's
// opposition even when the tagger reads a word of its name as a verb
// ("United" in "United Democratic Front"), and that a group or people of a
// state demanding the release of people held there aim the demand at
// their own government, while a foreign body's demand keeps the bare
// state.
func TestOppositionReleaseDemand(t *testing.T) {
	c := newCoder(t)
	tests := []dyadCase{ // "SOURCE CAMEO TARGET" per event
		{"Malawi's main opposition United Democratic Front demanded on Tuesday the release of its leader and dozens of supporters held since a rally in Lilongwe.",
			[]string{"MWIOPP 1053 MWIGOV"}},
		{"Students in Caracas demanded on Friday the release of jailed opposition activists.", []string{"VENEDU 1053 VENGOV"}},
		{"The European Union demanded on Friday the release of jailed opposition leaders in Belarus.", []string{"IGOEUREEC 1053 BLR"}},
	}
	checkDyads(t, c, "2024-07-13", tests)
}
