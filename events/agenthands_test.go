package events_test

import "testing"

// TestHandsAgent codes acts whose doer "at the hands of" names, as a
// by-agent does, and a nominal act after a relative "whose", which
// targets the actor the relative refers to.
func TestHandsAgent(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		// "whose killing at the hands of X": X killed the one "whose" means
		{"Mourners gathered for the Chadian general Idriss Deby, whose killing at the hands of Chadian rebels stunned the region.",
			[]string{"TCDREB 180 TCD asserted 2024-07-13"}},
		{"Thousands mourned former Yemeni president Ali Abdullah Saleh, whose killing by Houthi rebels shocked the region.",
			[]string{"YEMREB 180 YEM asserted 2024-07-13"}},
		// a passive: the doer is the source, as with "by"
		{"Two Yemeni soldiers were killed at the hands of Houthi rebels on Monday.",
			[]string{"YEMREB 180 YEMMIL asserted 2024-07-08"}},
	}, true)
}
