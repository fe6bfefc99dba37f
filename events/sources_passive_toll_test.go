package events_test

import "testing"

// TestPassiveToll: a toll participle after an agentless passive has no
// source: the passive's subject is the victim (sources_passive_toll.go).
// An active clause, or a passive with its agent, keeps its doer.
func TestPassiveToll(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A convoy carrying U.N. aid was hit near Aleppo on Monday, killing about 20 civilians and a Red Crescent official, the United Nations said.", nil},
		// not this: an active clause, a passive with its agent
		{"Russian troops shelled the town of Bakhmut on Monday, killing four civilians.",
			[]string{"RUSMIL 194 UKR asserted"}},
		{"A Syrian army convoy was hit by an Israeli air strike on Monday, killing 12 soldiers.",
			[]string{"ISR 195 SYRMIL asserted"}},
	}, false)
}
