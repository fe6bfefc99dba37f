package events_test

import "testing"

// TestSharedPostAndCorridor codes a shared inspection post two states
// begin to staff and a freight corridor two states open as economic
// cooperation both ways (061, data/verbs.txt); one state's own post or
// corridor, and a humanitarian corridor, are not.
func TestSharedPostAndCorridor(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"India and Afghanistan opened a dedicated air freight corridor between Kabul and New Delhi on Monday.",
			[]string{"IND 061 AFG asserted", "AFG 061 IND asserted"}},
		{"Tanzania and Kenya began staffing a shared inspection post at the Namanga crossing on Tuesday.",
			[]string{"TZA 061 KEN asserted", "KEN 061 TZA asserted"}},
		// near misses
		{"Kazakhstan opened a new freight corridor to the Caspian Sea on Monday.",
			nil},
		{"Kenya opened a shared inspection post at the Busia crossing on Tuesday.",
			nil},
		{"Turkey and Russia opened a humanitarian corridor on Monday.",
			[]string{"TUR 0863 - asserted", "RUS 0863 - asserted"}},
	}, false)
}
