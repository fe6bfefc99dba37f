package events_test

import "testing"

// TestReasonGerund: the gerund in the "for" phrase of a praise or a
// reproach is the reaction's reason, not coded (falseevents_reason_gerund.go;
// dev46 W46047, dev50 W50045); an accusation's "for" keeps its alleged
// act, and so does a reason of root 16 (ev0240's tariffs).
func TestReasonGerund(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2010-03-18", "Belarus criticised Lithuania on Tuesday for hosting a congress of exiled Belarusian opposition groups.",
			[]string{"BLR 111 LTU asserted"}},
		{"2015-10-01", "Kuwait's emir praised Oman on Tuesday for quietly hosting contacts between Yemen's warring sides.",
			[]string{"KWTGOV 051 OMN asserted"}},
		{"2023-10-18", "Egypt's president criticised Israel on Tuesday for blocking aid convoys at the Rafah crossing.",
			[]string{"EGYGOV 111 ISR asserted"}},
		// the rule must not fire: an accusation's "for", a 16x reason
		{"2020-05-20", "Pakistan blamed India on Monday for shelling villages in Kashmir.",
			[]string{"PAK 112 IND asserted", "IND 194 INDCVL alleged"}},
		{"2020-05-20", "Australia criticised China for imposing tariffs on Australian barley.",
			[]string{"AUS 111 CHN asserted", "CHN 163 AUS alleged"}},
	})
}
