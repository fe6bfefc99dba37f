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

// TestBackedOutlet codes sources_premodified.go backedOutlet: unnamed
// media or rights groups after a named backer's compound ("Western-backed
// media") are of no state the text says, and no actor; plain "the media"
// stays the speaker's own.
func TestBackedOutlet(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Russia criticised Ukraine and Western-backed media on Monday.",
			[]string{"RUS 111 UKR asserted"}},
		{"China condemned Japan and US-funded media on Tuesday.",
			[]string{"CHN 111 JPN asserted"}},
		{"Iran accused Israel and Western-backed media of spreading lies.",
			[]string{"IRN 112 ISR asserted"}},
		// near miss: no backer
		{"Russia criticised the media on Monday.",
			[]string{"RUS 111 RUSMED asserted"}},
	}, false)
}

// TestListAgainstOtherSide codes record.go: "A and B clashed with C" is
// two sides, each of the list against C and C back at each, never A
// against B; when C is no actor the coder knows, each of the list acts
// alone.
func TestListAgainstOtherSide(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Sudan's army and the Islamist-led militias clashed with the Rapid Support Forces in Omdurman.",
			[]string{"SDNMIL 190 SDNREB asserted", "SDNREB 190 SDNMIL asserted", "SDNUAF 190 SDNREB asserted", "SDNREB 190 SDNUAF asserted"}},
		{"Sudan's army and Egypt clashed with the Rapid Support Forces in Omdurman.",
			[]string{"SDNMIL 190 SDNREB asserted", "SDNREB 190 SDNMIL asserted", "EGY 190 SDNREB asserted", "SDNREB 190 EGY asserted"}},
		{"Israel and Iran-backed Hezbollah clashed with Syrian forces on Monday.",
			[]string{"ISR 190 SYRMIL asserted", "SYRMIL 190 ISR asserted", "LBNREB 190 SYRMIL asserted", "SYRMIL 190 LBNREB asserted"}},
		{"Kenya's army and Somali militias fought al-Shabaab near Kismayo.",
			[]string{"KENMIL 190 SOMREB asserted", "SOMREB 190 KENMIL asserted", "SOMUAF 190 SOMREB asserted", "SOMREB 190 SOMUAF asserted"}},
		// the other side unknown: no event between co-members
		{"Ethiopia's army and Amhara militias clashed with Tigrayan forces on Monday.",
			nil}, // nor an attack with no one on the other side (unaimed.go)
		{"Ethiopia's army and Eritrea clashed with Tigrayan forces on Monday.",
			nil}, // nor an attack with no one on the other side (unaimed.go)
		// near misses: each other, and no "with"
		{"Israel and Hamas clashed with each other on Monday.",
			[]string{"ISR 190 PSEREB asserted", "PSEREB 190 ISR asserted"}},
		{"Israel and Hamas clashed near the border on Monday.",
			[]string{"ISR 190 PSEREB asserted", "PSEREB 190 ISR asserted"}},
		{"The Philippines and Japan held talks with the United States on Monday.",
			[]string{"PHL 046 - asserted", "JPN 046 - asserted", "USA 046 - asserted"}},
	}, false)
}
