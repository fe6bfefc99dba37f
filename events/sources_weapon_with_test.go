// Role of this file: tests that a weapon subject keeps its state across
// a "with" phrase before its verb (sources_weapon_with.go).
package events_test

import "testing"

// TestWeaponWithPhrase codes a weapon subject described by a "with"
// phrase; the exact events each sentence gives.
func TestWeaponWithPhrase(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A Russian drone with explosives struck a market in Kharkiv on Friday.",
			[]string{"RUSMIL 195 UKR asserted"}},
	}, false)
}
