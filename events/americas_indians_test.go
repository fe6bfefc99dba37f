package events_test

import "testing"

// TestAmericasIndians: native peoples of the Americas called "Indians"
// ("Amazon Indian leaders", "indigenous Indians", "Indian tribes") are
// civilians of the state the sentence names, never India (IND).
// Invented sentences.
func TestAmericasIndians(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Bolivia's government met Amazon Indian leaders on Monday.", []string{"BOLGOV 040 BOLCVL asserted", "BOLCVL 040 BOLGOV asserted"}},
		{"Colombian police and Amazon Indians clashed on Friday.", []string{"COLCOP 190 COLCVL asserted", "COLCVL 190 COLCOP asserted"}},
		{"Ecuador's president met indigenous Indian leaders on Monday.", []string{"ECUGOV 040 ECUCVL asserted", "ECUCVL 040 ECUGOV asserted"}},
		{"Brazil's government met Indian tribes on Monday.", []string{"BRAGOV 040 BRACVL asserted", "BRACVL 040 BRAGOV asserted"}},
		{"Indian police detained two smugglers on Monday.", []string{"INDCOP 173 INDCRM asserted"}},
	}, false)
}
