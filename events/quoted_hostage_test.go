package events_test

import "testing"

// TestQuotedHostageAndLedAway: a hostage-taking wrapped in quotation
// marks of its own is a quoted figure or custom, no abduction (181;
// quoted_hostage.go); people led away handcuffed or in handcuffs by
// police are arrested (173, verbs.txt), not abducted. Hostage-takings in
// the text's own words and people led away by police without handcuffs
// stay as they were.
func TestQuotedHostageAndLedAway(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The ceremony has its oddities, such as a Nigerian MP ‘taken hostage’ by the palace.", nil},
		{"Nigerian villagers said they felt 'held hostage' by the army.", nil},
		// near-miss: a hostage-taking told, not quoted
		{"Nigerian gunmen took 12 oil workers hostage in Warri on Monday.",
			[]string{"NGAUAF 181 NGALAB asserted"}},
		// led away handcuffed: an arrest
		{"The Kenyan activist was led away handcuffed by police.",
			[]string{"KENCOP 173 KENCVL asserted"}},
		{"The Kenyan activist was led away in handcuffs by police.",
			[]string{"KENCOP 173 KENCVL asserted"}},
		// near-miss: led away by police, no handcuffs, as before
		{"The Kenyan activist was led away by police.",
			[]string{"KENCOP 175 KENCVL asserted"}},
	}, false)
}
