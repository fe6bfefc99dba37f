package events_test

import "testing"

// TestStateControlledGround: an attack on ground a state's demonym says
// it controls or administers is aimed at that state, where before the
// attack had no target or was read as the attacker's own civilians; a
// group's word ("Houthi-controlled") or the attacker's own demonym
// leaves it as before.
func TestStateControlledGround(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2025-05-07", "India fired missiles into Pakistani-controlled territory early on Wednesday.",
			[]string{"IND 195 PAK asserted"}},
		{"2025-05-07", "Indian troops shelled villages in Pakistani-controlled Kashmir on Wednesday.",
			[]string{"INDMIL 194 PAK asserted"}},
		// near misses: the attacker's own demonym, a group's word
		{"2025-05-07", "Pakistan shelled villages in Indian-administered Kashmir on Wednesday.",
			[]string{"PAK 194 IND asserted"}},
		{"2025-05-07", "Israeli jets struck Houthi-controlled Hodeidah on Sunday.",
			nil},
	}, false)
}
