package events_test

import "testing"

// TestGassedTown: chlorine or sarin dropped on or used against a town is
// aimed at its civilians, of the place's country or, for a town no
// dictionary knows, of the attacking state's own.
func TestGassedTown(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Syrian army helicopters dropped canisters of chlorine on the opposition-held village of Tal Marqa on Sunday.", []string{"SYRMIL 2041 SYRCVL asserted"}},
		{"Syrian government jets dropped sarin on the rebel-held town of Zamalka.", []string{"SYRMIL 2041 SYRCVL asserted"}},
	}, false)
}
