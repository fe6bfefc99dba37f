package events_test

import "testing"

// TestNegatedAcceptances codes a stand taken against accepting or
// approving something ("would never accept", "will not approve") as the
// subject's asserted rejection, and an acceptance, an acceptance that did
// not happen, a forecast of another and a restated rejection as nothing
// more.
func TestNegatedAcceptances(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Beijing said on Friday it would never accept Taipei's independence.", []string{"CHN 120 TWN asserted"}},
		{"Ghana's finance minister said his government would not accept an IMF programme that cut subsidies.", []string{"GHAGOV 120 IGOUNOIMF asserted"}},
		{"Hungary will not approve Ukraine's membership bid, Orban said on Monday.", []string{"HUN 120 UKR asserted"}},
		{"Iran said it would not accept Washington's offer of talks.", []string{"IRN 125 USA asserted", "USA 036 IRN future"}},
		// an acceptance is no event of these lines; one not made is none either
		{"Ghana accepted the resignation of its ambassador to Nigeria.", nil},
		{"Parliament did not approve the budget on Tuesday.", nil},
		{"Russia accepted Turkey's offer to host talks.", nil},
		// another's forecast is no refusal
		{"Analysts said Russia would not accept the proposal.", nil},
		// the rejection restated in a participle is one rejection
		{"Mexico's president on Tuesday rejected any U.S. military action on Mexican soil, saying her government would not accept foreign interference.", []string{"MEXGOV 120 USA asserted"}},
	}, false)
}

// TestRefusedRecognition codes a refusal to recognise with no recognised
// party named as the asserted rejection with target none.
func TestRefusedRecognition(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Georgia's government said on Sunday it would not recognise the results of the vote in Abkhazia.", []string{"GEOGOV 120 - asserted"}},
		{"Georgia recognised the results of the vote.", nil},
		{"The opposition leader said he would not discuss reports about the party's funding.", nil},
	}, false)
}

// TestNotOnlyAcceptedAndReadStands codes "would not only accept … but"
// as the acceptance it is (no event of these lines) and a stand told by
// a closing speaker that is no actor (an analyst's reading) as none; a
// stand an actor closes with stays.
func TestNotOnlyAcceptedAndReadStands(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Hamas said it would not only accept the proposal but work to implement it.", nil},
		{"Egypt said it would not just approve the plan but also fund it.", nil},
		{"Russia has never accepted Ukraine's independence, the analyst wrote.", nil},
		// near misses: a plain negated stand, one an actor closes with
		{"Hamas said it would not accept the proposal.", []string{"PSEREB 120 - asserted"}},
		{"Russia has never accepted Ukraine's independence, the Kremlin said.", []string{"RUS 120 UKR asserted"}},
	}, false)
}
