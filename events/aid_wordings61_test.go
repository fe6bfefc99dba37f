package events_test

import "testing"

// TestMigrantsRescued codes migrants or refugees rescued by another
// state's navy or coast guard as humanitarian aid (073, the rescued
// people's state its refugees); people rescued at home are none.
func TestMigrantsRescued(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Greece's coast guard rescued 140 Afghan migrants from a sinking dinghy off Lesbos on Friday.",
			[]string{"GRCMIL 073 AFGREF asserted 2024-07-12"}},
		{"Malta's navy rescued 90 Eritrean refugees from a drifting boat on Sunday.",
			[]string{"MLTMIL 073 ERIREF asserted 2024-07-07"}},
		{"Chilean firefighters rescued 30 people trapped by floods in Puerto Montt on Sunday.",
			nil},
	}, true)
}

// TestSearchForSurvivorsJoined codes rescuers who join the search for
// survivors abroad as humanitarian aid to the stricken state (073, the
// state, not its civilians); rescuers searching at home give none.
func TestSearchForSurvivorsJoined(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Turkish rescue teams joined the search for survivors in Albania on Thursday.",
			[]string{"TUR 073 ALB asserted 2024-07-11"}},
		{"A Turkish rescue team joined the hunt for survivors in the Albanian port of Durres on Thursday.",
			[]string{"TUR 073 ALB asserted 2024-07-11"}},
		{"Albanian rescue teams joined the search for survivors in Durres on Thursday.",
			nil},
		{"Albanian firefighters searched for survivors in Durres on Thursday.",
			nil},
	}, true)
}

// TestMedicalAidOnSite codes a field hospital set up abroad and a medical
// brigade that reaches a stricken place to treat its people as
// humanitarian aid (073, the place's state); the arrival alone, or a
// hospital set up by volunteers, is none.
func TestMedicalAidOnSite(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"French army medics set up a field hospital in Beira on Monday.",
			[]string{"FRAMIL 073 MOZ asserted 2024-07-08"}},
		{"The hospital in Beira was set up by local volunteers.",
			nil},
		{"A Cuban medical brigade of 40 doctors reached Haiti's Nord department on Friday to treat cholera patients.",
			[]string{"CUBHLH 073 HTI asserted 2024-07-12"}},
		{"A Cuban medical brigade of 40 doctors reached Haiti's Nord department on Friday.",
			nil},
	}, true)
}

// TestMilitaryKitHanded codes fighter jets handed to another state's air
// force, told far after the verb, and riot gear flown to another state as
// military aid (072); a note handed, or riot gear used at home, is none.
func TestMilitaryKitHanded(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The United States handed Egypt's air force the last of 20 new F-16 fighter jets on Monday.",
			[]string{"USA 072 EGYMIL asserted 2024-07-08"}},
		{"The United States handed Egypt a note on Monday.",
			nil},
		{"Australia flew riot shields and helmets to Port Moresby on Friday to help police.",
			[]string{"AUS 072 PNG asserted 2024-07-12"}},
		{"Riot police used shields and helmets in Port Moresby on Friday.",
			nil},
	}, true)
}

// TestConvoyAllowed codes an aid organisation's convoy allowed through as
// humanitarian access granted (0863) to that organisation, not to the
// people it is bound for.
func TestConvoyAllowed(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Egyptian authorities allowed a U.N. convoy to reach refugees at the border on Monday.",
			[]string{"EGYGOV 0863 IGOUNO asserted 2024-07-08"}},
		{"Egyptian authorities allowed a Red Crescent convoy to enter Gaza on Monday.",
			[]string{"EGYGOV 0863 NGOHLHRCR asserted 2024-07-08"}},
	}, true)
}

// TestMilitaryMissionEnded codes a state ending its military mission in a
// country as demobilisation there (0874, the country its target); a
// presidency ended is none.
func TestMilitaryMissionEnded(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Poland ended its military mission in Iraq on Monday.",
			[]string{"POL 0874 IRQ asserted 2024-07-08"}},
		{"The Netherlands ended its military mission in Mali on Sunday.",
			[]string{"NLD 0874 MLI asserted 2024-07-07"}},
		{"Poland ended its presidency of the European Union council on Monday.",
			nil},
	}, true)
}

// TestJointWorksAndTeams codes a joint road or line built by two states
// as economic cooperation (061) and a joint team formed to pursue crimes
// as judicial cooperation (063), both ways; one side's road or team is
// none.
func TestJointWorksAndTeams(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya and Ethiopia began building a joint road link to the border on Monday.",
			[]string{"KEN 061 ETH asserted 2024-07-08", "ETH 061 KEN asserted 2024-07-08"}},
		{"Kenyan and Ethiopian engineers built a road on Monday.",
			nil},
		{"Spain and Morocco formed a joint team on Friday to pursue people smugglers.",
			[]string{"ESP 063 MAR asserted 2024-07-12", "MAR 063 ESP asserted 2024-07-12"}},
		{"Spanish police formed a team on Friday to pursue smugglers.",
			nil},
	}, true)
}

// TestBorderKeptOpenToTrade codes a border agreed to be kept open or
// reopened to commercial traffic as economic cooperation intended (0311,
// both ways); a border kept closed is none.
func TestBorderKeptOpenToTrade(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Benin and Togo agreed on Monday to keep their border open to commercial trucks carrying grain.",
			[]string{"BEN 0311 TGO future 2024-07-08", "TGO 0311 BEN future 2024-07-08"}},
		{"Benin and Togo agreed on Monday to keep their border closed.",
			nil},
	}, true)
}

// TestFinancingOfferRejected codes an offer to finance something, turned
// down, as the offerer's economic aid intended to the state (0331 future)
// and the refusal as a rejected request for economic aid (1221); an offer
// of nothing named is the rejection alone.
func TestFinancingOfferRejected(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Ghana rejected on Monday a Chinese offer to finance a new port in Tema.",
			[]string{"GHA 1221 CHN asserted 2024-07-08", "CHN 0331 GHA future 2024-07-13"}},
		{"Peru rejected on Friday an offer of the kind Chile had made.",
			[]string{"PER 127 CHL asserted 2024-07-12"}},
	}, true)
}

// TestOfferAfterDateRejected finds the offer a rejection answers past a
// date told between the verb and its object, however long the offerer's
// name ("rejected on Friday an African Union offer of talks": the union's
// talks offered, 036 future); talks rejected with no offer named are the
// rejection alone.
func TestOfferAfterDateRejected(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya rejected on Friday an African Union offer of talks.",
			[]string{"KEN 125 IGOAFRAFU asserted 2024-07-12", "IGOAFRAFU 036 KEN future 2024-07-13"}},
		{"Ghana rejected on Monday a World Bank offer to finance a new port in Tema.",
			[]string{"GHA 1221 IGOUNOWBK asserted 2024-07-08", "IGOUNOWBK 0331 GHA future 2024-07-13"}},
		{"Kenya rejected on Friday talks with the African Union.",
			[]string{"KEN 125 IGOAFRAFU asserted 2024-07-12"}},
	}, true)
}

// TestOpeningCompoundModifier reads a sentence's first word, a verb's base
// form before a plural noun, as a compound's modifier, so the relief team
// it names is the subject ("Search teams from Turkey arrived … to help look
// for survivors": TUR 073 MMR); a team that stays at home gives no aid.
func TestOpeningCompoundModifier(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Search teams from Turkey arrived in Myanmar on Sunday to help look for survivors.",
			[]string{"TUR 073 MMR asserted 2024-07-07"}},
		{"Search teams from Turkey arrived in Turkey's Hatay province on Sunday.",
			nil},
	}, true)
}
