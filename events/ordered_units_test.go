package events_test

import "testing"

// TestOrderedUnits: battalions, brigades, tanks and units ordered to a
// place are a deployment (154; 074 to a foreign state), as troops
// ordered there are; ordered to act ("ordered tanks to fire") they are
// no deployment (data/verbs.txt, conflict.go refineConflict). Invented
// sentences.
func TestOrderedUnits(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Azerbaijan ordered three battalions to its border with Armenia on Sunday.",
			[]string{"AZE 154 ARM asserted"}},
		{"Russia ordered two brigades to Belarus on Monday.",
			[]string{"RUS 074 BLR asserted"}},
		// ordered to act: no deployment
		{"The general ordered tanks to fire on the crowd.",
			[]string{}},
	}, false)
}
