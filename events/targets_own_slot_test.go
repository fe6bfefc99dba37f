package events_test

import "testing"

// TestPolicedOwnObjectSlot checks, on sentences written for this test, that
// a state charging or holding its own forces keeps them as the target when
// the pattern's words go on past the object ("{charge,indict} with {…}",
// "{place,put} under {arrest,house}": targets_own.go objectSlotStart), as
// it does for the bare verb. Near misses: a civilian named in the slot
// keeps its own code, and a noun inside another phrase of the slot ("a
// lawyer for two soldiers") is not the one charged.
func TestPolicedOwnObjectSlot(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Chilean prosecutors charged a police officer on Friday with attempted murder.",
			[]string{"CHLJUD 173 CHLCOP asserted 2024-07-12"}},
		{"Chilean prosecutors charged two soldiers on Friday with fraud.",
			[]string{"CHLJUD 173 CHLMIL asserted 2024-07-12"}},
		{"Chilean prosecutors charged two soldiers with fraud on Friday.",
			[]string{"CHLJUD 173 CHLMIL asserted 2024-07-12"}},
		{"Kenyan police on Friday placed three army officers under house arrest.",
			[]string{"KENCOP 173 KENMIL asserted 2024-07-12"}},
		// the bare verb, as before
		{"Chilean prosecutors charged two soldiers on Friday.",
			[]string{"CHLJUD 173 CHLMIL asserted 2024-07-12"}},
		// near misses
		{"Chilean prosecutors charged a man on Friday with fraud.",
			[]string{"CHLJUD 173 CHLCVL asserted 2024-07-12"}},
		{"Chilean prosecutors charged a lawyer for two soldiers on Friday with fraud.",
			[]string{"CHLJUD 173 CHLCVL asserted 2024-07-12"}},
	}, true)
}
