package events_test

import "testing"

// TestCoordinatedCeasefireAndEmbassies codes a ceasefire declared or
// announced by two named parties together both ways (hits.go, as the
// gold sets code "the government and Maoist rebels declared a
// ceasefire"), one a third party announces "between" two parties as the
// parties' own (targets_mediation.go announcedTruce), and embassies two
// states reopen together ("their embassies") both ways (verbs.txt:
// mutual). One party alone gives target null, one declaring it "with"
// another acts alone, and one state's embassy reopened in a capital
// stays its own act towards that state.
func TestCoordinatedCeasefireAndEmbassies(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Colombia's government and ELN guerrillas declared a truce on Thursday ahead of the holidays.",
			[]string{"COLGOV 0871 COLREB asserted", "COLREB 0871 COLGOV asserted"}},
		{"Armenia and Azerbaijan announced a ceasefire on Saturday after two days of border clashes.",
			[]string{"ARM 0871 AZE asserted", "AZE 0871 ARM asserted"}},
		{"Turkey's president announced on Sunday a truce between Azerbaijan and Armenia.",
			[]string{"AZE 0871 ARM asserted", "ARM 0871 AZE asserted"}},
		{"Qatar and Bahrain reopened their embassies on Thursday.",
			[]string{"QAT 050 BHR asserted", "BHR 050 QAT asserted"}},
		// one party alone, or "with" another; one embassy
		{"Colombia's government declared a truce on Thursday ahead of the holidays.",
			[]string{"COLGOV 0871 - asserted"}},
		{"The ELN declared a truce with Colombia's government on Thursday.",
			[]string{"COLREB 0871 COLGOV asserted"}},
		{"Italy reopened its embassy in Damascus on Friday.",
			[]string{"ITA 050 SYR asserted"}},
	}, false)
}
