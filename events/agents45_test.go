package events_test

import "testing"

// TestAgents45: agent nouns added to actors/data/agents.txt by act45
// give their events a source or target: a protest movement is its
// protesters (CVL).
// Invented sentences.
func TestAgents45(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Serbia's protest movement gave President Aleksandar Vucic 72 hours on Friday to step down.", []string{"SRBCVL 139 SRBGOV asserted"}},
		{"Georgia's prime minister offered on Friday to hold talks with the protest movement.", []string{"GEOGOV 036 GEOCVL future"}},
	}, false)
}
