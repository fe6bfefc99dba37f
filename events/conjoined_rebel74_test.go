package events_test

import "testing"

// TestConjoinedRebelTitle: a rebel title and an unknown name after "and",
// the second party of a compound subject, are one mention of the rebels,
// their state the first party's (actors.conjoinedRebel); a rebel title
// and name standing alone are left as they were (no state to give them).
func TestConjoinedRebelTitle(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Chad's President Mahamat Idriss Deby and rebel leader Mahamat Mahdi Ali signed a peace accord in Doha on Monday.",
			[]string{"TCDGOV 057 TCDREB asserted", "TCDREB 057 TCDGOV asserted"}},
		{"Rebel leader Mahamat Mahdi Ali signed a peace accord in Doha on Monday.", nil},
	}, false)
}
