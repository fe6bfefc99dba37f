package events_test

import "testing"

// TestHazardWarnings codes warnings of weather or natural hazards as no
// event, and a warning between parties as a threat still.
func TestHazardWarnings(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Japan's weather agency gave residents of Okinawa a warning about the approaching typhoon.", nil},
		{"The Philippine government issued flood warnings to residents of Manila.", nil},
		{"Beijing gave Manila a stern warning over the shoal.", []string{"CHN 130 PHL asserted"}},
		{"China warned the United States against arming Taiwan.", []string{"CHN 130 USA asserted"}},
	}, false)
}
