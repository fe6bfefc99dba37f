package events_test

import "testing"

// TestPatrolBoatsAndCoastguards codes the agents.txt lines of session 68:
// a state's patrol boat acts as its navy does (MIL), and "coastguards" is
// the plural of "coastguard" (MIL), as "coast guards" is. A patrol boat
// with no state named is no actor. Invented wire sentences and one of
// dev48-wire (W48042, whose target gold codes otherwise).
func TestPatrolBoatsAndCoastguards(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A Mauritanian patrol boat fired warning shots at a Senegalese pirogue fishing illegally off Nouakchott on Thursday.",
			[]string{"MRTMIL 150 SEN asserted"}},
		{"Greek coastguards rescued 40 migrants off Lesbos on Monday.",
			[]string{"GRCMIL 073 GRCREF asserted"}},
		{"Indonesian patrol boats seized three Vietnamese fishing boats near the Natuna islands on Tuesday.",
			[]string{"IDNMIL 171 VNM asserted"}},
		// near miss: no state owns the boat
		{"A patrol boat sank in a storm on Monday.",
			nil},
	}, false)
}
