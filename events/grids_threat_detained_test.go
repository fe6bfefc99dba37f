package events_test

import "testing"

// TestThreatDetainedGrievance: a protest or a threat to protest or strike
// over the arrest of the protesters' own people, also of a counted or
// listed group after "of", is aimed at their government, not at the
// people held; a threat over prices keeps the government it had.
func TestThreatDetainedGrievance(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Bangladesh's main opposition alliance threatened on Monday to enforce nationwide general strikes in protest at the arrest of more than 150 of its leaders and activists.", []string{"BGDOPP 133 BGDGOV asserted"}},
		{"Kenya's opposition threatened on Tuesday to call mass protests over the detention of three of its lawmakers.", []string{"KENOPP 133 KENGOV asserted"}},
		{"Opposition supporters marched in Dhaka on Friday in protest at the arrest of dozens of party leaders and activists.", []string{"BGDOPP 141 BGDGOV asserted"}},
		{"Georgian opposition supporters marched over the arrest of an opposition leader.", []string{"GEOOPP 141 GEOGOV asserted"}},
		// near miss: no detention named
		{"Zambian miners threatened on Monday to strike over unpaid wages.", []string{"ZMBLAB 133 ZMBGOV asserted"}},
	}, false)
}
