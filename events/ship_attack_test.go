package events_test

import "testing"

// TestShipAttacked: an attack whose direct object is a ship with no
// flag named is coded with no target (as a ship seized with no flag),
// where before the bare verb "attacked" gave no event; a flag or owner
// named stays the target, and an object that is no ship (a shipyard, a
// ship's crew) is as before.
func TestShipAttacked(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2024-07-15", "Houthi rebels attacked a commercial ship in the Red Sea on Sunday.",
			[]string{"YEMREB 190 - asserted"}},
		{"2024-07-15", "Pirates attacked a fishing boat off Somalia on Sunday.",
			[]string{"SOMCRM 190 - asserted"}},
		{"2024-07-15", "Houthi rebels struck two container ships in the Gulf of Aden on Sunday.",
			[]string{"YEMREB 190 - asserted"}},
		// the owner named stays the target
		{"2024-07-15", "Houthi rebels attacked a Greek-owned tanker in the Red Sea on Sunday.",
			[]string{"YEMREB 190 GRCBUS asserted"}},
		// near misses: no ship is the object
		{"2024-07-15", "Houthi rebels attacked the ship's crew on Sunday.",
			nil},
		{"2024-07-15", "Houthi rebels attacked a shipyard in Hodeidah on Sunday.",
			[]string{"YEMREB 190 YEM asserted"}},
	}, false)
}
