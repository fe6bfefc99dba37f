package events_test

import "testing"

// TestFlyIntoVisit: a leader who flies into a foreign city arrives there,
// a visit (042) with its host (043), as "landed in" and "jetted into";
// warplanes flown into another state's airspace are a show of force
// (150), and flights with no named visitor stay no visit.
func TestFlyIntoVisit(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Chinese Premier Li Qiang flew into Canberra on Saturday for a four-day visit.",
			[]string{"CHNGOV 042 AUS asserted", "AUS 043 CHNGOV asserted"}},
		{"Turkish President Recep Tayyip Erdogan flew into Baghdad on Monday, his first trip to Iraq in a decade.",
			[]string{"TURGOV 042 IRQ asserted", "IRQ 043 TURGOV asserted"}},
		{"Russian warplanes flew into Turkish airspace on Friday.",
			[]string{"RUSMIL 150 TUR asserted"}},
		// near miss: a plane flown in by an agency names no visitor
		{"A cargo plane chartered by UNICEF flew into Kabul on Monday with vaccines.",
			nil},
	}, false)
}
