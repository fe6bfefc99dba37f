package events_test

import "testing"

// TestCounterpartsHoldOwnersOffice: "their Ugandan counterparts" of Kenyan
// police are Uganda's police, not its government; a minister's counterpart
// stays the other government (actors_counterpart_office.go).
func TestCounterpartsHoldOwnersOffice(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenyan police met their Ugandan counterparts in Busia on Tuesday.",
			[]string{"KENCOP 040 UGACOP asserted", "UGACOP 040 KENCOP asserted"}},
		{"Nepal's border guards rejected on Tuesday a request from their Indian counterparts for a joint patrol.",
			[]string{"NPLMIL 120 INDMIL asserted", "INDMIL 020 NPLMIL asserted"}},
		// near miss: a minister's counterpart is the other government
		{"Nepal's foreign minister met his Indian counterpart on Tuesday.",
			[]string{"NPLGOV 040 INDGOV asserted", "INDGOV 040 NPLGOV asserted"}},
	}, false)
}
