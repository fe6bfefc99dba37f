package events_test

import "testing"

// TestDossierHanded: a dossier or files handed to a party named right
// after the verb are shared information (064), as files handed over are
// (verbs.txt).
func TestDossierHanded(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Afghanistan handed Pakistan a dossier on Tuesday on the planners of the Kabul bombing.",
			[]string{"AFG 064 PAK asserted"}},
	}, false)
}
