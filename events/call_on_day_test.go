package events_test

import "testing"

// TestCalledOnDayOn codes "called on <weekday> on X to VERB" as the
// appeal "called on X on <weekday> to VERB" is (02x, X the target): the
// date stands between the verb and its particle; "agreed on Tuesday on"
// stays another verb's phrase.
func TestCalledOnDayOn(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya called on Tuesday on Somalia to release the hostages.",
			[]string{"KEN 0253 SOM asserted 2024-07-09"}},
		{"Niger's president called on Monday on France and Germany to send troops.",
			[]string{"NERGOV 020 FRA asserted 2024-07-08", "NERGOV 020 DEU asserted 2024-07-08"}},
		// near miss: no party after the second "on"
		{"The talks will resume on Tuesday on the island of Cyprus.",
			nil},
	}, true)
}
