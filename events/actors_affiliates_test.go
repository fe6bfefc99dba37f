package events_test

import "testing"

// TestLoyalAffiliate: armed men loyal to a transnational militant group
// (IMG…) in a sentence that names a place are a local affiliate, the
// place's country + REB; the group named alone keeps its code, and so do
// men loyal to it where no place is named (actors_affiliates.go).
func TestLoyalAffiliate(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Fighters loyal to Islamic State attacked an army post near Palma in Mozambique on Sunday.",
			[]string{"MOZREB 190 MOZMIL asserted"}},
		{"Militants loyal to al Qaeda killed six villagers near Mopti on Friday.",
			[]string{"MLIREB 180 MLICVL asserted"}},
		{"Islamic State militants attacked an army post near Palma in Mozambique on Sunday.",
			[]string{"IMGMOSISL 190 MOZMIL asserted"}},
		{"Fighters loyal to Islamic State attacked a Nigerian army convoy on Sunday.",
			[]string{"IMGMOSISL 190 NGAMIL asserted"}},
		// a place the gazetteer does not know, placed by its state's
		// adjective before its kind (coref_places.go anyPlaceCountry)
		{"Militants loyal to Islamic State seized parts of the southern Philippine town of Zarbantu on Tuesday.",
			[]string{"PHLREB 192 PHL asserted"}},
	}, false)
}
