package events_test

import "testing"

// TestPersuadedIt: "it" as the object of a persuading verb before "to" and
// a verb is the state the last sentence had as subject, unless this
// sentence names a name that is no actor before it (which "it" may mean).
func TestPersuadedIt(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Syria shelled a Turkish border post on Monday. Turkey urged it to withdraw its artillery.",
			[]string{"SYR 194 TURMIL asserted", "TUR 0256 SYR asserted"}},
		{"Russia opened a peace conference in Sochi on Monday. Turkey, one of the sponsors of the SNC, urged it to attend.",
			[]string{"TUR 020 - asserted"}},
	}, false)
}
