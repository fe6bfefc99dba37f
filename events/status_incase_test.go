package events_test

import "testing"

// TestInCaseSupposition codes sentences written by the dyad team for the
// "in case" reading of events/hits.go verbStatus: a clause after "in case"
// supposes its act, as "if" does (hypothetical); the main clause keeps its
// status. Each sentence is published on 2024-07-13.
func TestInCaseSupposition(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Israel called up reservists in case Hezbollah fires rockets at Israel.",
			[]string{"ISR 154 LBNREB asserted", "LBNREB 194 ISR hypothetical"}},
		{"Taiwan keeps its jets on standby in case China attacks Taiwan.",
			[]string{"CHN 190 TWN hypothetical"}},
		{"Seoul has asked Washington for more air defences in case North Korea attacks South Korea.",
			[]string{"KOR 0232 USA asserted", "PRK 190 KOR hypothetical"}},
		// near misses: an asserted act beside the precaution, "in case of"
		{"China attacked Taiwan's coast guard, and Taipei kept its jets on standby in case of more raids.",
			[]string{"CHN 190 TWNMIL asserted"}},
		{"North Korea attacked South Korea on Friday.",
			[]string{"PRK 190 KOR asserted"}},
	}, false)
}
