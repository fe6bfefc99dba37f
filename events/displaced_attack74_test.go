package events_test

import "testing"

// TestDisplacedByAttack: ", forcing thousands to flee" after an attack
// tells the attack's outcome, no mass displacement (201) of its own (gold:
// shelling "…, forcing hundreds of families to flee" is the 194 alone);
// after an order to leave, which is no attack, the flight stays 201.
func TestDisplacedByAttack(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Turkish artillery shelled villages near the Syrian town of Kobani on Sunday, forcing thousands of families to flee.",
			[]string{"TURMIL 194 SYR asserted"}},
		{"Islamist fighters ordered the residents of a Malian town to leave on Sunday, forcing thousands to flee.",
			[]string{"MLIREB 201 MLICVL asserted"}},
	}, false)
}
