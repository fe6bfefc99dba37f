package events_test

import "testing"

// TestArmedForcesDoNotMediate codes "intervene in a dispute" (verbs.txt,
// flag unarmed; mediators.go): a third party stepping in mediates (045),
// police or soldiers stepping into a quarrel do not, and an appeal for
// a force to step in stays an appeal.
func TestArmedForcesDoNotMediate(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Police intervened in a dispute between rival clans in Mandera county, arresting 12 people.",
			[]string{"KENCOP 173 KENCVL asserted"}},
		{"Nigerian soldiers intervened in a land dispute between farmers and herders in Benue state.",
			nil},
		{"Pakistani police intervened in a row between traders and transporters in Karachi.",
			nil},
		// near misses: a state mediates, an appeal asks for mediation
		{"Qatar intervened in the dispute between Hamas and Fatah.",
			[]string{"QAT 045 PSEREB asserted", "QAT 045 PSEPTY asserted"}},
		{"Armenia asked Russia to intervene in its dispute with Azerbaijan.",
			[]string{"ARM 028 RUS asserted"}},
	}, false)
}
