package events_test

import "testing"

// TestMaoistRebelsState codes, on sentences written for this test, Maoist
// rebels as the rebels (REB) of the state the sentence names
// (actors/data/agents.txt): by a possessive, a nationality, a place of
// that state, or a coordinated government; India's Naxalites stay
// India's wherever they are named.
func TestMaoistRebelsState(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Peru's Maoists attacked an army patrol on Saturday.",
			[]string{"PERREB 190 PERMIL asserted"}},
		{"Nepali Maoist rebels freed six soldiers on Tuesday.",
			[]string{"NPLREB 0841 NPLMIL asserted"}},
		{"Maoist guerrillas ambushed a police convoy in Jharkhand on Friday, killing five officers.",
			[]string{"INDREB 190 INDCOP asserted"}},
		{"The Nepalese government and the Maoists signed a truce on Monday.",
			[]string{"NPLGOV 0871 NPLREB asserted", "NPLREB 0871 NPLGOV asserted"}},
		{"Filipino troops clashed with Maoist fighters in Samar on Sunday.",
			[]string{"PHLMIL 190 PHLREB asserted", "PHLREB 190 PHLMIL asserted"}},
		{"Naxalites ambushed a police convoy on Friday, killing five officers.",
			[]string{"INDREB 190 INDCOP asserted"}},
	}, false)
}
