package events_test

import "testing"

// TestVictimsOwnFrom: victims with no state named take the state of a
// place after "from" only in their own phrase ("evacuated civilians from
// Mariupol"); a "from" in a relative clause or after a comma tells where
// someone came from (victims_from.go ownFrom). Invented sentences.
func TestVictimsOwnFrom(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A Guatemalan army patrol killed 11 villagers in Xaman, a settlement of refugees who had returned from Mexico, on Thursday.",
			[]string{"GTMMIL 190 GTMCVL asserted"}},
		{"Guatemalan soldiers killed 11 villagers who had returned from Mexico.",
			[]string{"GTMMIL 190 GTMCVL asserted"}},
		{"Red Cross buses evacuated civilians from Mariupol on Friday.",
			[]string{"NGOHLHIRC 073 UKRCVL asserted"}},
	}, false)
}
