package events_test

import "testing"

// TestScrambledToIntercept: jets scrambled to intercept a foreign military
// plane show force at the plane's state and military, however the jets are
// named ("fighter jets", "warplanes"), with a day between the verbs.
func TestScrambledToIntercept(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"South Korea scrambled fighter jets to intercept Chinese bombers near Jeju.", []string{"KOR 150 CHNMIL asserted"}},
		{"Norwegian jets intercepted a Russian military patrol plane over the Barents Sea.", []string{"NORMIL 150 RUSMIL asserted"}},
	}, false)
}
