package events_test

import "testing"

// TestUltimatums: a demand that names the penalty for refusing it ("or
// face", "or else face", "or risk") is an ultimatum, 139, from the one who
// orders to the one ordered; the act demanded and the penalty are not
// events. Without a penalty the demand keeps its own code, and an envoy
// given hours to leave is expelled (161) whatever follows.
func TestUltimatums(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Pakistan ordered undocumented Afghans to leave the country by Nov. 1 or face deportation.",
			[]string{"PAK 139 AFGREF asserted"}},
		{"The United States told Iran to halt enrichment or face sanctions.",
			[]string{"USA 139 IRN asserted"}},
		{"Washington warned Caracas to release the detained Americans or else face consequences.",
			[]string{"USA 139 VEN asserted"}},
		{"Hamas demanded that Israel withdraw from the town or face attacks.",
			[]string{"PSEREB 139 ISR asserted"}},
		{"Israel gave Hamas until Saturday to release the hostages or face renewed war.",
			[]string{"ISR 139 PSEREB asserted"}},
		// no penalty: an order to leave, a demand
		{"Pakistan ordered undocumented Afghans to leave the country by Nov. 1.",
			[]string{"PAK 166 AFGREF asserted"}},
		{"The United States told Iran to halt enrichment.",
			[]string{"USA 100 IRN asserted"}},
		// an envoy given hours to leave is expelled
		{"Mali gave the French ambassador 48 hours to leave the country or face expulsion.",
			[]string{"MLI 161 FRAGOV asserted"}},
		// "or face" with no demand before it
		{"Russia said it would attack Ukraine or face defeat.",
			[]string{"RUS 138 UKR future"}},
	}, false)
}
