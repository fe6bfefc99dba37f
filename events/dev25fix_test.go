package events_test

// Tests for session 53's wire-text families: talks a third party opens
// between two others, with a place and a day before "between"; an envoy
// declared persona non grata with an apposition; "opposition Social
// Democrats"; grain received from a state; suspects handed to police;
// a region's interim administration; a ban lifted on rallies by a party;
// a warning that people would face charges.

import "testing"

// TestTalksOpenedBetween: a third party that opens or convenes talks
// between two others mediates (045 to each), and talks are the two
// parties' own (046 each way) even with a place and a day phrase between
// "talks" and "between".
func TestTalksOpenedBetween(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya opened talks in Nairobi on Monday between Sudan's government and rebel groups.", []string{
			"KEN 045 SDNGOV asserted", "KEN 045 SDNREB asserted", "SDNGOV 046 SDNREB asserted", "SDNREB 046 SDNGOV asserted"}},
		{"Talks in Nairobi on Monday between Sudan's government and rebel groups ended without a deal.", []string{
			"SDNGOV 046 SDNREB asserted", "SDNREB 046 SDNGOV asserted"}},
	}, false)
}

// TestPersonaNonGrataApposed: an envoy declared persona non grata and
// named at length, with an apposition between commas, is still expelled
// (161).
func TestPersonaNonGrataApposed(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Mali declared the head of the U.N. mission in Bamako, Senegalese diplomat Ibrahima Fall, persona non grata on Friday.", []string{"MLI 161 IGOUNO asserted"}},
	}, false)
}

// TestOppositionMembersPlural: the opposition named by its members'
// plural after a capitalised adjective ("Social Democrats") is the
// opposition (OPP) of the state before it.
func TestOppositionMembersPlural(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Croatia's opposition Social Democrats demanded on Friday that the health minister resign.", []string{"HRVOPP 1041 HRVGOV asserted"}},
	}, false)
}

// TestGrainReceivedFrom: staple grain a state receives from another is
// the giver's food aid (073), the giver named after "from".
func TestGrainReceivedFrom(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Zambia received 20,000 tonnes of maize from South Africa on Friday.", []string{"ZAF 073 ZMB asserted"}},
	}, false)
}

// TestSuspectedMembersHandedTo: suspected gang members handed to another
// state's police, named at length before "to", are judicial cooperation
// (063) with the receiving police.
func TestSuspectedMembersHandedTo(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Honduras handed five suspected members of the Barrio 18 gang to Guatemalan police on Friday.", []string{"HND 063 GTMCOP asserted"}},
	}, false)
}

// TestInterimAdministration: a region's interim, transitional or
// regional administration is its state's government (GOV), not a state
// named later in the sentence.
func TestInterimAdministration(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Tigray's interim administration accused Eritrea of looting on Monday.", []string{"ETHGOV 112 ERI asserted"}},
		{"Tigray's interim administration demanded that Eritrean troops leave, citing the deal signed in Pretoria.", []string{"ETHGOV 1056 ERIMIL asserted"}},
	}, false)
}

// TestBanLiftedOnRalliesBy: a ban lifted on rallies or protests held by a
// party makes that party the target of the easing (081x).
func TestBanLiftedOnRalliesBy(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Zambia's president lifted a ban on public rallies by opposition parties on Monday.", []string{"ZMBGOV 0812 ZMBOPP asserted"}},
	}, false)
}

// TestWarnedWouldFaceCharges: a warning that people would face charges,
// arrest or prison threatens them with repression (137).
func TestWarnedWouldFaceCharges(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Peru's president warned that protesters blocking roads would face criminal charges.", []string{"PERGOV 137 PERCVL asserted"}},
		{"Kenya's interior minister warned on Monday that rioters would face prosecution.", []string{"KENGOV 137 KENCVL asserted"}},
	}, false)
}
