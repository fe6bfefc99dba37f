package events_test

import "testing"

// TestCoastguards68 codes the agents.txt line of session 68: "coastguards"
// is the plural of "coastguard" (MIL), as "coast guards" is. A patrol boat
// stays no actor (TestAgents67). Invented wire sentences.
func TestCoastguards68(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Greek coastguards rescued 40 migrants off Lesbos on Monday.",
			[]string{"GRCMIL 073 GRCREF asserted"}},
		// near miss: a coastguard's boat is a thing, the state's
		{"Thai troops fired on a Cambodian patrol boat on the Mekong on Monday.",
			[]string{"THAMIL 190 KHM asserted"}},
	}, false)
}
