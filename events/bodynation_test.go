package events_test

import "testing"

// TestAgentNationalityBody codes, on sentences written for this test, an
// agent word, a nationality and a body's noun ("three militant
// Palestinian groups", "a rebel Somali faction"): the nationality names
// the body's state, as it does before the agent word (actors/match.go
// assemble, words.txt [body nouns]); with another noun after the
// nationality ("rebel Somali gunmen") the rule does not read it.
func TestAgentNationalityBody(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Israel on Monday rejected a truce offer made by three militant Palestinian groups.",
			[]string{"ISR 1246 PSEREB asserted 2024-07-08"}},
		{"Kenyan troops on Tuesday attacked a rebel Somali faction near the border town.",
			[]string{"KENMIL 190 SOMREB asserted 2024-07-09"}},
		{"Israel on Monday attacked Palestinian militant groups in the north.",
			[]string{"ISR 190 PSEREB asserted 2024-07-08"}},
		{"Kenyan troops on Tuesday attacked rebel Somali gunmen near the border town.",
			[]string{"KENMIL 190 KENREB asserted 2024-07-09"}},
	}, true)
}
