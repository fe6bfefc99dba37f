package events_test

import "testing"

// TestAccusedList59: a list of states joined by commas and ending in
// "and other …" gives each named state (the unnamed rest is no actor),
// and the act it is accused "of" past that list is alleged of each. A
// list ending in "and" a named state, or a single state, is as before.
func TestAccusedList59(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2019-03-01", "The White House accused China, Russia and other foreign states of ethnic cleansing.",
			[]string{"USAGOV 112 CHN asserted", "USAGOV 112 RUS asserted", "CHN 203 CHNCVL alleged", "RUS 203 RUSCVL alleged"}},
		{"2019-03-01", "China, Russia and other states vetoed the resolution.",
			[]string{"CHN 129 - asserted", "RUS 129 - asserted"}},
		// near miss: a single accused state
		{"2019-03-01", "Azerbaijan accused Armenia of ethnic cleansing.",
			[]string{"AZE 112 ARM asserted", "ARM 203 ARMCVL alleged"}},
	}, false)
}
