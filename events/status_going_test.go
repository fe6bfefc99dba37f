package events_test

import "testing"

// TestGoingToFuture checks "be going to VERB" as a future, like "will"
// and "is to": a cooperative plan is an intent (03x, future), a
// conflictual one a threat (13x, future); "went to" is a visit's verb,
// no future.
func TestGoingToFuture(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Russia is going to send humanitarian aid to Mali.",
			[]string{"RUS 0333 MLI future"}},
		{"The EU is going to impose sanctions on Belarus.",
			[]string{"IGOEUREEC 1312 BLR future"}},
		{"Russia is to send humanitarian aid to Mali.",
			[]string{"RUS 0333 MLI future"}},
		// near miss: the aid sent
		{"Russia sent humanitarian aid to Mali.",
			[]string{"RUS 073 MLI asserted"}},
	}, false)
}
