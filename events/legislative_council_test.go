package events_test

import "testing"

// TestLegislativeCouncil codes, on sentences written for this test, a
// legislative council as its state's legislature (actors/data/agents.txt),
// and the near miss: a council named by its people stays that people's.
func TestLegislativeCouncil(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Pro-democracy protesters stormed Hong Kong's Legislative Council on Tuesday.",
			[]string{"HKGCVL 145 HKGLEG asserted"}},
		// near miss
		{"Israeli troops arrested two members of the Palestinian Legislative Council in Ramallah on Friday.",
			[]string{"ISRMIL 173 PSELEG asserted"}},
	}, false)
}
