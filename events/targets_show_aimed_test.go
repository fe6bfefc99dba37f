package events_test

// Tests of a show of force's target named after "aimed at"
// (events/targets_show_aimed.go).

import "testing"

// TestShowAimedAt checks that a show of force aimed at a party targets it,
// and that a gerund after "aimed at" names none.
func TestShowAimedAt(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Armenia paraded tanks, rocket launchers and drones through Yerevan on Sunday in a show of strength aimed at Azerbaijan.", []string{"ARM 150 AZE asserted"}},
		{"China staged drills on Monday aimed at Taiwan.", []string{"CHN 150 TWN asserted"}},
		{"Iran held naval drills on Monday aimed at deterring Israel.", []string{"IRN 150 - asserted"}},
	}, false)
}
