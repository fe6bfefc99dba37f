package events_test

import "testing"

// TestEndedOpsDrills74: a military or counter-terrorism operation ended
// is de-escalation (087, no target) and joint drills opened are each
// party's show of force (150 each, no target), as drills begun are; a
// rescue operation ended and a joint venture opened give none.
func TestEndedOpsDrills74(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Russia formally ended its counter-terrorism operation in Dagestan on Monday, ten years after it began.",
			[]string{"RUS 087 - asserted"}},
		{"Indonesia ended the military operation in Aceh on Friday.",
			[]string{"IDN 087 - asserted"}},
		{"The navies of India and France opened their biggest joint drills yet in the Arabian Sea on Tuesday.",
			[]string{"INDMIL 150 - asserted", "FRAMIL 150 - asserted"}},
		{"Egypt and Sudan opened joint air drills near Khartoum on Sunday.",
			[]string{"EGY 150 - asserted", "SDN 150 - asserted"}},
		// near misses
		{"Greece ended its rescue operation off Crete on Thursday.", nil},
		{"Japan opened a joint venture with Vietnam on Monday.", nil},
		// drills not the object of "open" (review74b)
		{"Egypt opened its ports to Sudanese warships ahead of joint drills on Sunday.", nil},
		{"Egypt and Sudan opened talks on joint drills on Sunday.",
			[]string{"EGY 046 SDN asserted", "SDN 046 EGY asserted"}},
	}, false)
}
