package events_test

import "testing"

// TestHedgedAgentObjects codes sentences written by the dyad team for
// hedgeAdjective (events/phrasing.go): "suspected" or "alleged" right
// after the act's verb is an adjective of the object, not a verb that
// ends the object's search, so the agents it hedges stay the target
// ("blamed suspected Kurdish militants"). After an auxiliary it stays a
// verb. Each sentence is published on 2024-07-13 (a Saturday); each want
// lists every event as "SOURCE CAMEO TARGET status date", in any order;
// nil means no event.
func TestHedgedAgentObjects(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// a blame in a coordinated clause
		{"A car bomb killed six soldiers in Diyarbakir on Sunday, and Turkey blamed suspected Kurdish militants.",
			[]string{"TUR 112 TURREB asserted 2024-07-07"}},
		// a blame with its reason
		{"Pakistan blamed suspected Baloch separatists for the attack.",
			[]string{"PAK 112 PAKREB asserted 2024-07-13"}},
		// an arrest of hedged agents
		{"Turkish police arrested suspected Kurdish militants in Istanbul.",
			[]string{"TURCOP 173 TURREB asserted 2024-07-13"}},
		// near miss: after an auxiliary "suspected" is the verb
		{"Ankara has long suspected Kurdish militants of planning attacks.",
			nil},
	}, true)
}
