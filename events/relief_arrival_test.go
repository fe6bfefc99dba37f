package events_test

import "testing"

// TestReliefArrival codes a team that arrives, lands or flies somewhere
// for relief work ([relief work] within a "to", "to help", "to assist" or
// "to join" purpose) as aid to each place reached (073), not a visit; an
// official's trip to help broker a deal stays a visit.
func TestReliefArrival(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Venezuelan doctors arrived in Haiti and the Dominican Republic on Monday to join the fight against cholera.",
			[]string{"VENHLH 073 HTI asserted", "VENHLH 073 DOM asserted"}},
		{"Algerian rescuers flew to Morocco on Saturday to help dig survivors out of the rubble.",
			[]string{"DZA 073 MAR asserted"}},
		{"Firefighters from Chile landed in Bolivia on Friday to battle forest fires near Santa Cruz.",
			[]string{"CHL 073 BOL asserted"}},
		// near miss: an official's trip to help broker a deal
		{"Qatar's foreign minister flew to Kigali on Monday to help broker a deal with Congo.",
			[]string{"QATGOV 042 RWA asserted", "RWA 043 QATGOV asserted"}},
	}, false)
}
