package events_test

import "testing"

// TestReducedCaptive codes reduced_captive.go: "taken hostage by X" after
// a noun is a passive whose agent X is the source and the noun the
// target, as "was taken hostage by X" is, never the captive taking itself.
func TestReducedCaptive(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Diplomats asked about the fate of Tom Hale, the British journalist taken hostage by Islamic State.",
			[]string{"IMGMOSISL 181 GBRMED asserted"}},
		{"A French aid worker taken hostage by al-Shabaab was freed on Monday.",
			[]string{"SOMREB 181 FRACVL asserted"}},
		// the full passive and the active agree
		{"A French aid worker was taken hostage by al-Shabaab on Monday.",
			[]string{"SOMREB 181 FRACVL asserted"}},
		{"Al-Shabaab took a French aid worker hostage.",
			[]string{"SOMREB 181 FRACVL asserted"}},
	}, false)
}
