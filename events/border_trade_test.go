package events_test

import "testing"

// TestBorderTradeOpenings: a new crossing, a joint customs terminal or a
// cross-border trade zone opened by two states, or a pass reopened "to
// trade", is economic cooperation (061 both ways); an old border reopened
// stays an eased restriction (081) (events/data/verbs.txt, 06).
func TestBorderTradeOpenings(t *testing.T) {
	checkDyads(t, newCoder(t), "2024-06-12", []dyadCase{
		{"Armenia and Georgia opened a new border crossing on Friday.", []string{"ARM 061 GEO", "GEO 061 ARM"}},
		{"Georgia and Azerbaijan opened a new joint customs terminal at the Red Bridge crossing on Monday.", []string{"GEO 061 AZE", "AZE 061 GEO"}},
		{"Tajikistan and Uzbekistan opened the first phase of a cross-border trade zone near Khujand on Monday.", []string{"TJK 061 UZB", "UZB 061 TJK"}},
		{"Nepal and China reopened the Rasuwa pass to border trade on Monday.", []string{"NPL 061 CHN", "CHN 061 NPL"}},
		{"Kyrgyzstan and Tajikistan reopened their border on Tuesday.", []string{"KGZ 081 TJK", "TJK 081 KGZ"}},
	})
}
