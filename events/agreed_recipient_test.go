package events_test

import "testing"

// TestAgreedRecipient: a signing with no partner named whose agreement is
// to give, lend, grant or provide something to a state is signed with that
// state, one way (agreed_recipient.go); an agreement to build in a place,
// or one signed with a partner named, reads as before.
func TestAgreedRecipient(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"South Korea signed an agreement on Tuesday to give Ghana $40 million in loans for the repair of rural roads.",
			[]string{"KOR 057 GHA asserted"}},
		{"China signed a deal on Monday to lend Kenya 2 billion dollars for a railway.",
			[]string{"CHN 057 KEN asserted"}},
		// near misses: a place, not a recipient; a partner named
		{"South Korea signed an agreement on Tuesday to build a port in Accra.",
			[]string{"KOR 057 - asserted"}},
		{"South Korea signed an agreement with Ghana on Tuesday.",
			[]string{"KOR 057 GHA asserted", "GHA 057 KOR asserted"}},
	}, false)
}
