package events_test

// Tests of Chechnya's separatist insurgents named by the people's
// adjective (actors/data/groups.txt): Russia's rebels (RUSREB).

import "testing"

// TestChechenRebels checks that "Chechen rebels", "separatists" and
// "militants", and a leader named with "Chechen rebel" before his name,
// are Russia's rebels, with no other place in the sentence to tell it.
func TestChechenRebels(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Chechen rebels ambushed a police patrol on Tuesday.", []string{"RUSREB 190 RUSCOP asserted"}},
		{"Chechen separatists attacked an army convoy on Friday.", []string{"RUSREB 190 RUSMIL asserted"}},
		{"Chechen rebel leader Aslan Dudayev threatened on Monday to attack Russian cities.", []string{"RUSREB 138 RUS asserted"}},
	}, false)
}
