package events_test

import "testing"

// TestTitledEnvoySpeaker codes coref_speaker_envoy.go: a "he" or "she"
// after a speech verb whose subject is an envoy with a post in his title
// ("envoy for Cyprus", "negotiator with the ELN") means the envoy, not
// the post.
func TestTitledEnvoySpeaker(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The U.N. envoy for Cyprus said on Tuesday he saw little chance of a deal before the end of the year.",
			[]string{"IGOUNO 012 - asserted"}},
		{"Colombia's chief negotiator with the ELN said on Monday he was confident the guerrillas would agree to a ceasefire.",
			[]string{"COLGOV 013 COLREB asserted"}},
		{"Russia's ambassador to Israel said on Friday she was optimistic about the talks.",
			[]string{"RUSGOV 013 - asserted"}},
		// near misses: a spokesman is no envoy, and "for" after him names
		// whom he speaks for (left as before); officials placed "in" a
		// state are its own
		{"A spokesman for the Cypriot government said on Tuesday he saw little chance of a deal.",
			nil},
		{"Officials in Cyprus said on Tuesday they saw little chance of a deal.",
			[]string{"CYPGOV 012 - asserted"}},
	}, false)
}
