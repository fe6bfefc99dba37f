package events_test

import "testing"

// TestJointHuntBegun: two forces that begin coordinated patrols or a
// joint hunt or manhunt cooperate (062 both ways), as joint patrols begun
// do. Coordinated marches are no cooperation of forces, and a
// coordinated operation launched "against" a party is an attack (190).
func TestJointHuntBegun(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Peruvian and Bolivian police began a joint hunt for drug traffickers along Lake Titicaca on Tuesday.",
			[]string{"PERCOP 062 BOLCOP asserted", "BOLCOP 062 PERCOP asserted"}},
		{"Greek and Turkish coast guards began coordinated patrols in the Aegean on Monday.",
			[]string{"GRCMIL 062 TURMIL asserted", "TURMIL 062 GRCMIL asserted"}},
		{"Kenyan and Somali troops began a joint manhunt for the kidnappers on Friday.",
			[]string{"KENMIL 062 SOMMIL asserted", "SOMMIL 062 KENMIL asserted"}},
		// near miss: marches, not patrols
		{"The protesters began coordinated marches across the capital.",
			nil},
		// near miss: one side's coordinated operation against another is
		// an attack (190)
		{"Boko Haram fighters launched coordinated operations against Nigerian army bases.",
			[]string{"NGAREB 190 NGAMIL asserted"}},
	}, false)
}
