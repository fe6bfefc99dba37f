package events_test

import "testing"

// TestUltimatumPartyPhrase codes, on sentences written for this test, a
// "gave X until …" ultimatum whose party carries a participle phrase
// (deadlineGiven in events/intent.go): the deadline is still given to the
// party (139); an object that is no party ("gave aid … until") is none.
func TestUltimatumPartyPhrase(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Azerbaijan's defence ministry on Monday gave Armenian troops stationed in the district until noon to leave.",
			[]string{"AZEGOV 139 ARMMIL asserted"}},
		{"Japan's foreign ministry gave food to families fleeing the fighting until the end of the month.",
			[]string{"JPNGOV 073 JPNCVL asserted"}},
	}, false)
}
