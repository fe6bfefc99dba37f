package events_test

import "testing"

// TestGoingToFuture checks "be going to VERB" as a future, like "will"
// and "is to": a cooperative plan is an intent (03x, future), a
// conflictual one a threat (13x, future); "went to" is a visit's verb,
// no future; "was/were going to" is a plan of the past, not done.
func TestGoingToFuture(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Russia is going to send humanitarian aid to Mali.",
			[]string{"RUS 0333 MLI future"}},
		{"The EU is going to impose sanctions on Belarus.",
			[]string{"IGOEUREEC 1312 BLR future"}},
		{"Russia is to send humanitarian aid to Mali.",
			[]string{"RUS 0333 MLI future"}},
		// a plan of the past: not done, no future
		{"Russia was going to send troops to Mali before the coup.",
			nil},
		{"Turkey were going to deploy troops to Libya, officials said.",
			nil},
		{"The EU was going to impose sanctions on Belarus before Hungary blocked the package.",
			[]string{"HUN 129 - asserted"}},
		// near miss: "going to" a place is the motion, no future
		{"Putin is going to Moscow to meet Erdogan.",
			nil},
		{"Erdogan is going to Ankara next week to meet Putin.",
			nil},
		// near miss: the aid sent
		{"Russia sent humanitarian aid to Mali.",
			[]string{"RUS 073 MLI asserted"}},
	}, false)
}
