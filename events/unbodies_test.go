package events_test

import "testing"

// TestUNBodiesByWireTitle checks, on sentences written for this test, that
// wire copy's descriptive names of two U.N. bodies code as the bodies
// (actors/data/igos.txt): "the U.N. human rights chief" and "the UN rights
// chief" are the High Commissioner's office (IGOUNOHCH), "the U.N.'s top
// court" and "the top UN court" the International Court of Justice
// (IGOUNOICJ). A state's top court stays that state's judiciary, and the
// U.N. chief stays the U.N.
func TestUNBodiesByWireTitle(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-07-13", []coverageCase{
		{"The U.N. human rights chief condemned Iran on Friday over the mass executions.",
			[]string{"IGOUNOHCH 111 IRN asserted"}},
		{"The UN rights chief urged Bangladesh's interim government on Thursday to free the detained journalists.",
			[]string{"IGOUNOHCH 0253 BGDGOV asserted"}},
		{"The U.N.'s top court ordered Israel on Friday to halt its offensive in Rafah.",
			[]string{"IGOUNOICJ 1056 ISR asserted"}},
		{"Gambia accused Myanmar of genocide before the top UN court on Monday.",
			[]string{"GMB 112 MMR asserted", "MMR 202 MMRCVL alleged"}},
		// near misses: a state's top court, the U.N. itself
		{"Poland's top court rejected the primacy of EU law on Thursday.",
			[]string{"POLJUD 120 IGOEUREEC asserted"}},
		{"The U.N. chief condemned the attack on the convoy on Friday.",
			[]string{"IGOUNO 111 - asserted"}},
	})
}
