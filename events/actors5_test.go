package events_test

import "testing"

// TestOwnPeople checks, on sentences written for this test, that a
// state's people acting on "the government" act on their own state's, and
// police with no country act on their own state's people,
// not on a government named in an earlier sentence, and that militants
// "based" in a state are that state's.
func TestOwnPeople(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"The Australian Government condemned China on Monday. Lesotho residents protested against the government on Tuesday.",
			[]string{"AUSGOV 111 CHN asserted", "LSOCVL 141 LSOGOV asserted"}},
		{"Belarus freed 14 prisoners on Saturday. Pakistan-based militants attacked Indian troops on Monday.",
			[]string{"BLR 0841 BLRCVL asserted", "PAKREB 190 INDMIL asserted"}},
		{"The United States condemned the crackdown on Monday. Police beat Georgian protesters in Tbilisi overnight.",
			[]string{"USA 111 - asserted", "GEOCOP 175 GEOCVL asserted"}},
		{"Germany criticised the crackdown. Police fired tear gas at Kenyan protesters in Nairobi on Monday.",
			[]string{"DEU 111 - asserted", "KENCOP 175 KENCVL asserted"}},
		{"Former U.S. President Jimmy Carter criticised Israel on Monday.",
			[]string{"USA 111 ISR asserted"}},
	}, false)
}

// TestWarMachines checks, on sentences written for this test, that bare
// tanks and helicopters are the forces named before them, not the last
// country the story names.
func TestWarMachines(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Israeli troops raided the Jenin camp on Monday, Palestinian officials said. Tanks and helicopters fired on Palestinian gunmen, Palestinian medics said.",
			[]string{"ISRMIL 190 PSE asserted", "ISRMIL 190 PSEUAF asserted"}},
	}, false)
}

// TestRegionNotState checks, on sentences written for this test, that
// "Latin America" and "South American leaders" name a region, not the
// United States.
func TestRegionNotState(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Spain pledged aid to Latin America on Monday.",
			[]string{"ESP 033 - future"}},
		{"Britain criticised Iran on Monday. South American leaders criticised the United States on Tuesday.",
			[]string{"GBR 111 IRN asserted"}},
	}, false)
}
