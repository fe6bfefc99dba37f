package events_test

import "testing"

// TestPremodifiedListItems codes sources_premodified.go: a list of two
// parties whose second item carries a word before its name (a hyphenated
// backer or leader, a people or region name before a common noun) is
// still one list, so that both parties act, each towards the other.
func TestPremodifiedListItems(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// a hyphenated participle the matcher reads as a modifier mention
		{"Israel and Iran-backed Hezbollah exchanged fire across the border on Tuesday.",
			[]string{"ISR 190 LBNREB asserted", "LBNREB 190 ISR asserted"}},
		{"Congo and Rwandan-backed M23 rebels signed a ceasefire in Doha on Saturday.",
			[]string{"COD 0871 CODREB asserted", "CODREB 0871 COD asserted"}},
		// a hyphenated participle the matcher leaves out
		{"Iraq's government and the Kurdish-led Syrian Democratic Forces signed a security pact on Monday.",
			[]string{"IRQGOV 057 SYRREB asserted", "SYRREB 057 IRQGOV asserted"}},
		// a people's name before a common-noun head
		{"Ethiopia's government and Tigrayan forces agreed to a truce in Pretoria.",
			[]string{"ETHGOV 0871 ETHREB asserted", "ETHREB 0871 ETHGOV asserted"}},
		// a region's name after a lower-case adjective, before a
		// common-noun head (four joining words)
		{"Chad's government and the main Tibesti rebel faction signed a peace accord in Tripoli on Sunday.",
			[]string{"TCDGOV 057 TCDREB asserted", "TCDREB 057 TCDGOV asserted"}},
		{"Mali's government and the largest Tuareg rebel faction signed a peace deal in Algiers on Friday.",
			[]string{"MLIGOV 057 MLIREB asserted", "MLIREB 057 MLIGOV asserted"}},
		{"Sudan's army and the largest Darfur rebel faction agreed to a truce in Doha on Monday.",
			[]string{"SDNMIL 0871 SDNREB asserted", "SDNREB 0871 SDNMIL asserted"}},
	}, false)
}
