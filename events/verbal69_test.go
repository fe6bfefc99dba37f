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

// TestLandedAtToHelp: a force that lands or arrives at a port, an
// airport or a town of another state to help, restore order or secure
// aid protects that state (074, its country after "at" as after "in":
// troops_abroad.go arrivedAbroad); tourists landing to help are no force.
func TestLandedAtToHelp(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Italian troops landed at Durres on Tuesday to help restore order.",
			[]string{"ITAMIL 074 ALB asserted"}},
		{"Rwandan troops arrived at Juba airport on Monday to help restore order.",
			[]string{"RWAMIL 074 SSD asserted"}},
		// near miss: no armed force
		{"Italian tourists landed at Durres on Tuesday to help their relatives.",
			[]string{}},
	}, false)
}
