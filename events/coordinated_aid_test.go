package events_test

import "testing"

// TestCoordinatedAidKinds codes two kinds of help joined as one verb's
// object as two acts, planned (03x, future) or done; two words for the
// same kind stay one act.
func TestCoordinatedAidKinds(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Canada said on Monday it would resume intelligence sharing and military assistance to Estonia.",
			[]string{"CAN 0314 EST future 2024-07-08", "CAN 0332 EST future 2024-07-08"}},
		{"Japan pledged on Thursday to provide economic aid and medical supplies to Sri Lanka.",
			[]string{"JPN 0331 LKA future 2024-07-11", "JPN 0333 LKA future 2024-07-11"}},
		{"Sweden resumed intelligence sharing and defence support to Latvia on Monday.",
			[]string{"SWE 064 LVA asserted 2024-07-08", "SWE 072 LVA asserted 2024-07-08"}},
		{"Turkey sent military equipment and food aid to Somalia on Tuesday.",
			[]string{"TUR 072 SOM asserted 2024-07-09", "TUR 073 SOM asserted 2024-07-09"}},
		// one kind named twice: one act
		{"Washington agreed on Friday to restore military aid and security assistance to Manila.",
			[]string{"USA 0332 PHL future 2024-07-12"}},
	}, true)
}
