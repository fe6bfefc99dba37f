package events_test

import "testing"

// TestTravelBanSanction: a travel ban on another state's people is a
// sanction (163), one on the state's own people a ban at home (172), and
// an arms embargo told with the ban is a second 163, on the people's
// state (travel_ban.go).
func TestTravelBanSanction(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The United States imposed a travel ban on three Nicaraguan judges on Monday.", []string{"USA 163 NICJUD asserted"}},
		{"The European Union imposed an arms embargo and a travel ban on ten Belarusian officials on Tuesday.",
			[]string{"IGOEUREEC 163 BLRGOV asserted", "IGOEUREEC 163 BLR asserted"}},
		{"Georgia imposed a travel ban on opposition leaders on Monday.", []string{"GEO 172 GEOOPP asserted"}},
	}, false)
}
