package events_test

import "testing"

// TestAgreedAfterCoordinatedMeeting codes "X and Y met … and agreed to
// Z": the agreement's subject is the meeting's, two parties, so what they
// agreed to do they intend toward each other, however long the first
// clause; aid agreed for a third state stays one way.
func TestAgreedAfterCoordinatedMeeting(t *testing.T) {
	checkDated(t, newCoder(t), "2024-10-26", []coverageCase{
		{"Indian Prime Minister Narendra Modi and Chinese President Xi Jinping met for an hour on Wednesday on the sidelines of the BRICS summit and agreed to restore direct flights.",
			[]string{"INDGOV 044 CHNGOV asserted", "CHNGOV 044 INDGOV asserted", "INDGOV 030 CHNGOV future", "CHNGOV 030 INDGOV future"}},
		{"Chinese Premier Li Qiang and Japanese Prime Minister Shigeru Ishiba met for ninety minutes on Sunday on the sidelines of a regional summit and agreed to restore direct flights.",
			[]string{"CHNGOV 044 JPNGOV asserted", "JPNGOV 044 CHNGOV asserted", "CHNGOV 030 JPNGOV future", "JPNGOV 030 CHNGOV future"}},
		{"Greek Prime Minister Kyriakos Mitsotakis and Turkish President Tayyip Erdogan met for two hours on Thursday on the sidelines of the NATO summit and agreed to restore military hotlines.",
			[]string{"GRCGOV 044 TURGOV asserted", "TURGOV 044 GRCGOV asserted", "GRCGOV 030 TURGOV future", "TURGOV 030 GRCGOV future"}},
		// near miss: aid agreed for a third state goes one way
		{"France and Germany met on Monday and agreed to send aid to Ukraine.",
			[]string{"FRA 040 DEU asserted", "DEU 040 FRA asserted", "FRA 0333 UKR future", "DEU 0333 UKR future"}},
	})
}
