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
		{"Crowds in Sanaa buried a Yemeni tribal elder, whose killing by Houthi fighters angered his clan.",
			[]string{"YEMREB 180 YEMCVL asserted 2024-07-13"}},
		// a passive: the doer is the source, as with "by"
		{"Three Yemeni soldiers were killed at the hands of Houthi fighters in Marib on Monday.",
			[]string{"YEMREB 190 YEMMIL asserted 2024-07-08"}},
	}, true)
}
