package events_test

import "testing"

// TestProtestersObjectDemand codes crowds of protesters named as the
// object of another act with their demand in a participle right after
// them (protest_objects.go): the participle is the crowd's protest of the
// demand's kind aimed at its government, beside the act done to them,
// except a demand for a release, which stays a demand (1053) of it.
// A finite demand and a demand after a comma keep their own codes.
func TestProtestersObjectDemand(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenyan police fired tear gas at demonstrators demanding the resignation of President William Ruto.",
			[]string{"KENCOP 175 KENCVL asserted", "KENCVL 1411 KENGOV asserted"}},
		{"Chadian security forces fired on protesters demanding a swift return to civilian rule on Thursday.",
			[]string{"TCDCOP 175 TCDCVL asserted", "TCDCVL 1414 TCDGOV asserted"}},
		{"Serbian police beat protesters calling for early elections in Belgrade on Saturday.",
			[]string{"SRBCOP 175 SRBCVL asserted", "SRBCVL 1414 SRBGOV asserted"}},
		{"Police in Togo fired tear gas at protesters demanding the return of their land.",
			[]string{"TGOCOP 175 TGOCVL asserted", "TGOCVL 141 TGOGOV asserted"}},
		{"Georgian riot police detained dozens of demonstrators demanding new elections in Tbilisi.",
			[]string{"GEOCOP 173 GEOCVL asserted", "GEOCVL 1414 GEOGOV asserted"}},
		// a crowd demanding a release asks the detaining state's
		// government for it (1053), whoever the detainee is
		{"Bolivian police fired tear gas on Friday at demonstrators demanding the release of jailed governor Luis Camacho.",
			[]string{"BOLCOP 175 BOLCVL asserted", "BOLCVL 1053 BOLGOV asserted"}},
		{"Police in Minsk detained dozens of demonstrators demanding the release of political prisoners.",
			[]string{"BLRCOP 173 BLRCVL asserted", "BLRCVL 1053 BLRGOV asserted"}},
		// students acted on by the police protest too (repressed_demand.go);
		// a finite demand stays a demand
		{"Police in Dhaka arrested hundreds of students demanding the prime minister's resignation.",
			[]string{"BGDCOP 173 BGDEDU asserted", "BGDEDU 1411 BGDGOV asserted"}},
		{"Protesters demanded the resignation of Prime Minister Sheikh Hasina on Monday.",
			[]string{"BGDCVL 1041 BGDGOV asserted"}},
	}, false)
}

// TestCountedVictims codes killings told with a count of 30 or more
// people right before who they were, one or two words of description
// between (countedVictims, intent.go): a mass killing (202). Fighters,
// soldiers and police killed stay attacks.
func TestCountedVictims(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Boko Haram fighters killed at least 43 farm workers near Maiduguri on Saturday.",
			[]string{"NGAREB 202 NGAAGR asserted"}},
		{"Boko Haram fighters killed 40 aid workers in Borno state.",
			[]string{"NGAREB 202 NGACVL asserted"}},
		{"Syrian security forces killed more than 740 Alawite civilians over three days.",
			[]string{"SYRCOP 202 SYRCVL asserted"}},
		// near misses
		{"Nigerian troops killed 40 Boko Haram fighters in Borno.",
			[]string{"NGAMIL 190 NGAREB asserted"}},
		{"Jihadists killed 35 Malian soldiers in an ambush.",
			[]string{"MLIREB 190 MLIMIL asserted"}},
		{"Boko Haram fighters killed 12 farm workers near Maiduguri.",
			[]string{"NGAREB 180 NGAAGR asserted"}},
	}, false)
}
