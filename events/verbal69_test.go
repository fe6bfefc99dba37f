package events_test

import "testing"

// TestForcesShareIntelligence: a state's armed forces, border guards
// among them, handing another state's forces names or locations share
// intelligence (064, source_kind.go stateSource); handing them to their
// own state's people is none.
func TestForcesShareIntelligence(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"India's Border Security Force handed Bangladeshi border guards the locations of 50 insurgent camps on Tuesday.",
			[]string{"INDMIL 064 BGDMIL asserted"}},
		{"The Colombian army gave Ecuadorean troops the coordinates of rebel camps on Monday.",
			[]string{"COLMIL 064 ECUMIL asserted"}},
		// near miss: the army's own country
		{"The Colombian army gave Colombian police the names of 20 suspects on Monday.",
			[]string{}},
	}, false)
}

// TestPledgedTruce: a truce pledged, promised or vowed to be observed,
// respected or honoured is an intent to de-escalate (0356 future); a
// failure to observe one, alleged, is not.
func TestPledgedTruce(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The New People's Army pledged on Thursday to observe a holiday truce with government troops.",
			[]string{"PHLREB 0356 PHLMIL future"}},
		{"Hamas promised on Friday to respect the ceasefire with Israel.",
			[]string{"PSEREB 0356 ISR future"}},
		{"Colombia's ELN guerrillas vowed on Friday to honour the truce with government troops.",
			[]string{"COLREB 0356 COLMIL future"}},
		// near miss: a violation alleged
		{"Israel accused Hamas of failing to observe the truce.",
			[]string{"ISR 112 PSEREB asserted"}},
	}, false)
}
