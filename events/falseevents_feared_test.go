package events_test

import "testing"

// fearedActCases: a nominal act that is the object of a verb of fearing
// or worrying ("feared a U.S. strike on Iran", "braced for a Chinese
// blockade") has not happened (falseevents_feared.go fearedAct): no
// event. The same act as the object of a reaction is coded. The exact
// events each sentence gives.
var fearedActCases = []familyCase{
	{"feared-act", "Oil prices jumped on Tuesday as traders feared a U.S. strike on Iran.", nil},
	{"feared-act", "Residents of Kharkiv feared a Russian attack on Ukraine's second city on Monday.", nil},
	{"feared-act", "Taiwan braced for a Chinese blockade on Monday.", nil},
	// near miss: the act as the object of a reaction is coded
	{"feared-act", "Ukraine condemned the Russian attack on Kharkiv on Monday.", []string{"UKR 111 RUS asserted", "RUS 190 UKR asserted"}},
}

// TestFearedAct codes each case of fearedActCases as a one-sentence
// article published on 2024-03-14 and compares its events exactly.
func TestFearedAct(t *testing.T) { checkFamilies(t, "", fearedActCases, false) }
