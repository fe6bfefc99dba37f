package events_test

import "testing"

// TestStateForcesAssassinate codes, on sentences written for this test, a
// state's police or troops shooting dead one office holder as an
// assassination (186, events/statekillings.go), and the near misses:
// civilians and an unnamed fighter they shoot dead stay conventional
// force (190).
func TestStateForcesAssassinate(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"An off-duty Iranian police officer shot dead Azerbaijan's ambassador in Tehran on Friday.",
			[]string{"IRNCOP 186 AZEGOV asserted"}},
		{"A Pakistani soldier shot dead India's envoy in Karachi on Monday.",
			[]string{"PAKMIL 186 INDGOV asserted"}},
		// near misses
		{"Israeli troops shot dead five Palestinians near Jenin on Monday.",
			[]string{"ISRMIL 190 PSECVL asserted"}},
		{"Israeli troops shot dead a Hamas commander near Jenin on Monday.",
			[]string{"ISRMIL 190 PSEREB asserted"}},
	}, false)
}
