package events_test

import "testing"

// TestReciprocalObjects: two parties of a subject whose object is "each
// other('s)", "one another('s)" or "between them" act on each other, the
// other taking the roles of a bare group noun of the object
// (reciprocal.go reciprocalTargets).
func TestReciprocalObjects(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Peru and Chile expelled each other's ambassadors on Wednesday in a widening row over fishing rights.",
			[]string{"PER 161 CHLGOV asserted", "CHL 161 PERGOV asserted"}},
		{"Armenia and Azerbaijan opened a crossing and freed 12 detainees between them on Sunday.",
			[]string{"ARM 081 AZE asserted", "AZE 081 ARM asserted", "ARM 0841 AZECVL asserted", "AZE 0841 ARMCVL asserted"}},
		{"Georgia and Armenia released one another's detained fishermen on Monday.",
			[]string{"GEO 0841 ARMCVL asserted", "ARM 0841 GEOCVL asserted"}},
	}, false)
}

// TestReciprocalAccusations: the act two parties accuse each other of is
// each one's against the other, in place of a venue or a bare group the
// object scan found; with no target found it keeps none (a thing), and a
// third party named stays.
func TestReciprocalAccusations(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Gabon and Cameroon recalled their envoys and accused each other of violating the ceasefire.",
			[]string{"GAB 161 CMR asserted", "CMR 161 GAB asserted", "GAB 112 CMR asserted", "CMR 112 GAB asserted", "GAB 196 CMR alleged", "CMR 196 GAB alleged"}},
		{"Eritrea and Djibouti accused one another on Tuesday of killing civilians in raids along the frontier.",
			[]string{"ERI 112 DJI asserted", "DJI 112 ERI asserted", "ERI 190 DJICVL alleged", "DJI 190 ERICVL alleged"}},
		{"Bolivia and Peru accused each other of shelling the Desaguadero bridge.",
			[]string{"BOL 112 PER asserted", "PER 112 BOL asserted", "BOL 194 - alleged", "PER 194 - alleged"}},
		{"Iran and Saudi Arabia accused each other of arming the Houthis.",
			[]string{"IRN 112 SAU asserted", "SAU 112 IRN asserted", "IRN 072 YEMREB alleged", "SAU 072 YEMREB alleged"}},
	}, false)
}

// TestReciprocalVerbs: a verb of the [reciprocal verbs] list with two
// parties as its subject and no partner named is each one's with the
// other ("through a link with German systems" names a thing); a partner
// after "with" keeps the one direction, and three parties act each alone.
func TestReciprocalVerbs(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya and Tanzania will share intelligence on smuggling networks under a deal signed on Monday.",
			[]string{"KEN 0314 TZA future", "TZA 0314 KEN future"}},
		{"Latvia and Lithuania began swapping radar data on Tuesday through a link with German systems.",
			[]string{"LVA 064 LTU asserted", "LTU 064 LVA asserted"}},
		{"Bhutan and Nepal have begun sharing data on river levels to warn of floods.",
			[]string{"BTN 064 NPL asserted", "NPL 064 BTN asserted"}},
		{"Australia shared intelligence with Indonesia on Friday about a smuggling ring.",
			[]string{"AUS 064 IDN asserted"}},
		{"Peru, Chile and Bolivia will share intelligence on drug gangs.",
			[]string{"PER 0314 - future", "CHL 0314 - future", "BOL 0314 - future"}},
	}, false)
}

// TestTwoSidesNamedBefore: "the two sides" with no earlier act of two
// parties are the two actors the sentence named before them, linked by
// "and" or as the parties of one's own talks; a speaker alone is no side
// (twoparties.go namedPair).
func TestTwoSidesNamedBefore(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Uruguay said its negotiations with Chile had gone well and that the two sides would meet again in May.",
			[]string{"URY 036 CHL future", "CHL 036 URY future"}},
		{"Ghana's talks with Togo were described as frank, and the two sides agreed to meet again in March.",
			[]string{"GHA 046 TGO asserted", "TGO 046 GHA asserted", "GHA 036 TGO future", "TGO 036 GHA future"}},
		{"Malawi and Zambia wrapped up three days of negotiations in Lilongwe, and both sides agreed to meet again in May.",
			[]string{"MWI 046 ZMB asserted", "ZMB 046 MWI asserted", "MWI 036 ZMB future", "ZMB 036 MWI future"}},
		{"Senegal said the talks with Mauritania were useful and that both sides had agreed to reopen the border.",
			[]string{"SEN 0351 MRT future", "MRT 0351 SEN future"}}, // reopening a border is 081 (its intent 0351)
		// a speaker of no talks is no side; nor one of talks not its own
		{"The Arab League said Yemen's government had accepted the proposal and that both sides would sign a truce.", nil},
		{"Benin said talks with Niger had resumed in Cotonou and that both sides would sign a truce.", nil},
	}, false)
}
