package events_test

import "testing"

// TestNominalAirStrikeForce codes refine.go's stateForceModifier: an air
// or drone strike named with a state (a nationality, a country name, a
// possessive) is the state's military's whatever predicate it is the
// argument of (gold README, "<Nationality> air strikes" MIL); a plain
// "strike" keeps the state.
func TestNominalAirStrikeForce(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Two al-Shabaab commanders were killed in a U.S. air strike near Jilib on Tuesday.",
			[]string{"USAMIL 195 SOMREB asserted"}},
		{"Three Kurdish fighters were killed in a Turkish drone strike in northern Iraq.",
			[]string{"TURMIL 1952 IRQREB asserted"}},
		{"Pakistan protested Indian drone strikes on its territory.",
			[]string{"PAK 114 IND asserted"}}, // ("its territory" unread: no 1952, unaimed.go)
		// near miss: a plain strike keeps the state
		{"Syria condemned an Israeli strike on Damascus airport.",
			[]string{"SYR 111 ISR asserted", "ISR 190 SYR asserted"}},
	}, false)
}
