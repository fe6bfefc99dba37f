package events_test

import "testing"

// TestUltimatums: a demand that names the penalty for refusing it ("or
// face", "or else face") is an ultimatum, 139, from the one who orders to
// the one ordered; the act demanded and the penalty are not events.
// Without a penalty the demand keeps its own code, an envoy given hours to
// leave is expelled (161) whatever follows, an appeal warns of a
// consequence ("urged … or risk"), and a penalty in another speaker's
// clause leaves the first clause's event alone.
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
		// the penalty in another speaker's clause: each clause keeps its event
		{"The United States told Iran to halt enrichment, and Israel threatened to strike Iranian nuclear sites, saying Tehran must comply or face war.",
			[]string{"USA 100 IRN asserted", "ISR 138 IRN asserted"}},
		{"Russia asked China to mediate, while Ukraine said Moscow must pull out or face defeat.",
			[]string{"RUS 028 CHN asserted"}}, // (an appeal to mediate is 028: requestRules)
		{"Egypt gave aid to Gaza on Monday, and Hamas said Israel must withdraw or face more attacks.",
			[]string{"EGY 073 PSE asserted"}},
		// a consequence risked after an appeal is no penalty threatened
		{"Guterres urged Israel to allow fuel into Gaza or risk a humanitarian catastrophe.",
			[]string{"IGOUNO 0255 ISR asserted"}},
		{"The IMF urged Pakistan to raise taxes or face default.",
			[]string{"IGOUNOIMF 020 PAK asserted"}},
	}, false)
}
