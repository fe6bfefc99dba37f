package events_test

import "testing"

// TestExpelChargeDAffaires: a chargé d'affaires expelled is a diplomat
// expelled (161, CODING.md), as an ambassador is; it was a deportation
// (174). A charge against a deported person is no diplomat.
func TestExpelChargeDAffaires(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Bahrain expelled Iran's acting charge d'affaires on Thursday.",
			[]string{"BHR 161 IRNGOV asserted"}},
		{"Kuwait expelled the Iranian chargé d'affaires on Friday.",
			[]string{"KWT 161 IRNGOV asserted"}},
		{"Egypt expelled a British journalist on Monday on a charge of spreading false news.",
			[]string{"EGY 174 GBRMED asserted"}},
	}, false)
}
