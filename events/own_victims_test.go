package events_test

import "testing"

// TestOwnVictims: mass violence alleged of, or told of, a list of states
// with no victim and no place named is each state's against its own
// civilians, not every state's against the first one's. A place named
// gives that place's civilians to all; a single state is as before.
func TestOwnVictims(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2019-03-01", "The United States accused China, Russia and Iran of ethnic cleansing.",
			[]string{"USA 112 CHN asserted", "USA 112 RUS asserted", "USA 112 IRN asserted",
				"CHN 203 CHNCVL alleged", "RUS 203 RUSCVL alleged", "IRN 203 IRNCVL alleged"}},
		{"2019-03-01", "China and Russia committed genocide.",
			[]string{"CHN 202 CHNCVL asserted", "RUS 202 RUSCVL asserted"}},
		// near misses: a place named, and a single accused state
		{"2019-03-01", "China and Russia committed genocide in Sudan.",
			[]string{"CHN 202 SDNCVL asserted", "RUS 202 SDNCVL asserted"}},
		{"2019-03-01", "The United States accused China of ethnic cleansing.",
			[]string{"USA 112 CHN asserted", "CHN 203 CHNCVL alleged"}},
	}, false)
}
