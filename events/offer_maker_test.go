package events_test

import "testing"

// TestOfferedMeans: an offer of goods, craft or teams is material aid
// offered (033), humanitarian (0333) when the offer's phrase names a
// need, military (0332) with a military word before the goods; turning
// it down is the matching 122x. A phrasal verb's particle may stand
// before the date ("turned down on Monday a Salvadoran offer").
func TestOfferedMeans(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Honduras turned down on Monday a Salvadoran offer of army helicopters to carry food to villages cut off by floods.",
			[]string{"HND 1223 SLV asserted", "SLV 0333 HND future"}},
		{"Sri Lanka declined on Monday an Indian offer of naval ships to search for fishermen missing after the cyclone.",
			[]string{"LKA 1223 IND asserted", "IND 0333 LKA future"}},
		{"Venezuela rejected a U.S. offer of medicines and food for its hospitals on Tuesday.",
			[]string{"VEN 1223 USA asserted", "USA 0333 VEN future"}},
		{"Pakistan refused on Friday an American offer of military helicopters.",
			[]string{"PAK 1222 USA asserted", "USA 0332 PAK future"}},
		{"Bolivia turned down on Wednesday a Chilean offer of firefighting planes to battle forest fires near Santa Cruz.",
			[]string{"BOL 122 CHL asserted", "CHL 033 BOL future"}},
		// near miss: an offer naming no goods stays the rejected plan alone
		{"Honduras turned down on Monday a Salvadoran offer on the border.",
			[]string{"HND 127 SLV asserted"}},
	}, false)
}

// TestProposalToMeet: a proposal to meet a third party, turned down, asks
// the one who turns it down to meet that party (026); a proposal to hold
// talks is its maker's own meeting offered (036).
func TestProposalToMeet(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Serbian President Aleksandar Vucic turned down on Friday a French proposal to meet Kosovo Prime Minister Albin Kurti in Paris.",
			[]string{"SRBGOV 125 FRA asserted", "FRA 026 SRBGOV asserted"}},
		{"Libya's eastern government rejected on Monday a Turkish proposal to hold talks in Ankara.",
			[]string{"LBYGOV 125 TUR asserted", "TUR 036 LBYGOV future"}},
	}, false)
}

// TestOfferedForces: an offer of troops, police or warships is military
// aid offered (0332) and turning it down 1222, unless the offer's phrase
// names a humanitarian need or a rescue or evacuation (0333, 1223); the
// refusal agrees with the offer. Troops sent, not offered, and an offer
// of talks do not change.
func TestOfferedForces(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Peru turned down a Chilean offer of troops to patrol the border.",
			[]string{"PER 1222 CHL asserted", "CHL 0332 PER future"}},
		{"Guatemala rejected on Tuesday a Mexican offer of navy boats to evacuate residents.",
			[]string{"GTM 1223 MEX asserted", "MEX 0333 GTM future"}},
		{"Bangladesh turned down a Chinese offer of warships to patrol its waters.",
			[]string{"BGD 1222 CHN asserted", "CHN 0332 BGD future"}},
		{"Fiji welcomed an Australian offer of police officers to restore order in the capital.",
			[]string{"FJI 051 AUS asserted", "AUS 0332 FJI future"}},
		{"Haiti declined on Thursday a Dominican offer of soldiers to help evacuate residents of flooded towns.",
			[]string{"HTI 1223 DOM asserted", "DOM 0333 HTI future"}},
		{"Mozambique welcomed a South African offer of military helicopters for rescue efforts.",
			[]string{"MOZ 051 ZAF asserted", "ZAF 0333 MOZ future"}},
		// near misses: troops sent, not offered; an offer of talks
		{"Chile sent troops to the Peruvian border on Monday.",
			[]string{"CHL 074 PER asserted"}},
		{"Peru turned down a Chilean offer of talks on the border.",
			[]string{"PER 125 CHL asserted", "CHL 036 PER future"}},
	}, false)
}
