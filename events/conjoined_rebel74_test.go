package events_test

import "testing"

// TestConjoinedRebelTitle: a rebel title and an unknown name after "and",
// the second party of a compound subject, are one mention of the rebels,
// their state the first party's (actors.conjoinedRebel), when a state is
// named before them; a rebel title
// and name standing alone are left as they were (no state to give them).
func TestConjoinedRebelTitle(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Chad's President Mahamat Idriss Deby and rebel leader Mahamat Mahdi Ali signed a peace accord in Doha on Monday.",
			[]string{"TCDGOV 057 TCDREB asserted", "TCDREB 057 TCDGOV asserted"}},
		{"Rebel leader Mahamat Mahdi Ali signed a peace accord in Doha on Monday.", nil},
		// no state named before the conjoined title: "rebel commander"
		// stays the bare agent the place resolves (review74b)
		{"President Yoweri Museveni met tribal elders and rebel commander John Okello in Gulu on Wednesday.",
			[]string{"UGAGOV 040 UGACVL asserted", "UGACVL 040 UGAGOV asserted", "UGAGOV 040 UGAREB asserted", "UGAREB 040 UGAGOV asserted"}},
	}, false)
}
