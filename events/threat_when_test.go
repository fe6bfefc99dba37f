package events_test

import "testing"

// TestFutureWhenThreat: a threat after a fronted present-tense "when"
// clause is aimed at that clause's actor, as after an "if" clause
// (threat_when.go); a "when" after the threat names no one.
func TestFutureWhenThreat(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"When Azerbaijan strikes Armenia, Yerevan will retaliate.",
			[]string{"ARM 138 AZE future"}},
		{"If Azerbaijan strikes Armenia, Yerevan will retaliate.",
			[]string{"AZE 190 ARM hypothetical", "ARM 138 AZE future"}},
		{"Eritrea said that when Ethiopia attacks Assab, Asmara will retaliate.",
			[]string{"ERI 138 ETH future"}},
		{"Yerevan will retaliate when the time is right, the defence minister said.",
			[]string{"ARM 138 - future"}},
	}, false)
}
