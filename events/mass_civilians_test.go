package events_test

import (
	"testing"
)

// TestMassOfCivilians checks, on sentences written for this test, that a
// killing of "dozens of" civilians or villagers is a mass killing (202),
// as hundreds already were, while dozens of soldiers killed stay combat.
func TestMassOfCivilians(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2025-07-13", []coverageCase{
		{"Armed men killed dozens of civilians near the town of Djibo in Burkina Faso on Sunday.",
			[]string{"BFAUAF 202 BFACVL asserted"}},
		{"Chadian soldiers killed dozens of villagers near Bol on Friday.",
			[]string{"TCDMIL 202 TCDCVL asserted"}},
		// combatants: no mass killing
		{"Nigerian troops killed dozens of Boko Haram fighters near Maiduguri on Friday.",
			[]string{"NGAMIL 190 NGAREB asserted"}},
	})
}
