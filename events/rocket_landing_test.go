package events_test

import "testing"

// TestRocketLanding: rockets an armed group fired that a relative clause
// says landed near another state's town are a shelling of that state
// (194; dev47 W47045), denied when the group denies firing them; a
// state's missiles landing in another's waters stay a show of force, and
// rockets landing in the group's own territory give no target
// (targets_rocket_landing.go).
func TestRocketLanding(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Hezbollah fighters fired two rockets that landed near the Israeli town of Nahariya on Friday.", []string{"LBNREB 194 ISR asserted"}},
		{"Hezbollah denied on Friday that its fighters had fired the two rockets that landed near the Israeli coastal town of Nahariya.", []string{"LBNREB 016 - asserted", "LBNREB 194 ISR denied"}},
		{"Hamas fighters fired rockets that landed in Gaza on Monday.", []string{"PSEREB 150 - asserted"}},
		{"North Korea fired two missiles that landed in the sea on Monday.", []string{"PRK 150 - asserted"}},
	}, false)
}
