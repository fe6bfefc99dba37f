package events_test

import "testing"

// TestSyrianKurdishForces codes "Syrian Kurdish" before an armed agent or
// a Syrian Kurdish group (actors/syrian_kurds.go): the force, SYRREB, is
// the actor, not a bare "Syrian" (which gave SYR). Near misses: Iraq's
// Kurdish forces keep their state's army, and Syrian Kurdish refugees
// are no force (unchanged).
func TestSyrianKurdishForces(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Turkey warned Syrian Kurdish fighters on Monday that its army would strike them.",
			[]string{"TUR 138 SYRREB asserted"}},
		{"Human Rights Watch accused Syrian Kurdish forces on Tuesday of burning Arab villages near Raqqa.",
			[]string{"NGOHRIHRW 112 SYRREB asserted", "SYRREB 1712 SYRCVL alleged"}},
		{"Turkish drones struck a car carrying Syrian Kurdish YPG fighters near Kobani on Friday.",
			[]string{"TURMIL 1952 SYRREB asserted"}},
		// near misses: Iraq's Kurdish forces; refugees are no force
		{"Iraqi Kurdish forces shelled a village near Kirkuk on Monday.",
			[]string{"IRQMIL 194 IRQCVL asserted"}},
		{"Syrian Kurdish refugees protested outside the U.N. office in Erbil on Monday.",
			[]string{"IRQREF 141 IGOUNO asserted"}},
	}, false)
}
