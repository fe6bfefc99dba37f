package events_test

import "testing"

// TestReleaseDetainer73: a demand for the release of people another
// state has just been told to detain goes to that state, the country
// alone (targets_release_detainer.go); before, the demand had no target
// or the captives. Rebels or kidnappers as captors are the target
// themselves. A domestic detention is left as it was.
func TestReleaseDetainer73(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Georgian police detained three Armenian truck drivers on Monday, and Yerevan demanded their immediate release.",
			[]string{"GEOCOP 173 ARMLAB asserted", "ARM 1053 GEO asserted"}},
		{"Ghana arrested a Nigerian businessman in Accra on Friday, and Nigeria demanded his release.",
			[]string{"GHA 173 NGABUS asserted", "NGA 1053 GHA asserted"}},
		{"Kenyan police detained two Ugandan journalists on Monday, and the Committee to Protect Journalists demanded their release.",
			[]string{"KENCOP 173 UGAMED asserted", "NGOMEDCPJ 1053 KEN asserted"}},
		// must not fire: the detaining police are the party's own state's
		{"Turkish police detained an opposition mayor in Istanbul on Monday, and his party demanded his immediate release.",
			[]string{"TURCOP 173 TUROPP asserted", "TURPTY 1053 - asserted"}},
		// captors who are no state body (review73b finding 3): the demand
		// goes to the captors, not to the state they fight
		{"Houthi rebels detained 11 U.N. staff members in Sanaa, and the United Nations demanded their release.",
			[]string{"YEMREB 173 IGOUNO asserted", "IGOUNO 1053 YEMREB asserted"}},
		{"Boko Haram kidnapped 276 schoolgirls in Chibok, and Britain demanded their release.",
			[]string{"NGAREB 181 NGAEDU asserted", "GBR 1053 NGAREB asserted"}},
	}, false)
}
