package events_test

import "testing"

// TestCoordinatedForeignSecretaries: "Serbian and Kosovan foreign
// secretaries" are one government actor per nationality, so their talks
// are 046 both ways, as for foreign ministers.
func TestCoordinatedForeignSecretaries(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Serbian and Kosovan foreign secretaries held talks in Brussels on Monday.",
			[]string{"SRBGOV 046 KSVGOV asserted", "KSVGOV 046 SRBGOV asserted"}},
		{"Serbian and Kosovan foreign ministers began talks in Brussels on Monday.",
			[]string{"SRBGOV 046 KSVGOV asserted", "KSVGOV 046 SRBGOV asserted"}},
	}, false)
}
