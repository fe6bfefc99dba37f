package events_test

import "testing"

// TestAgents44: agent nouns added to actors/data/agents.txt on 2026-12-04
// give the sources their events need: civic groups (CVL), an opposition forum (OPP), a state's security
// service (SPY).
// Invented sentences.
func TestAgents44(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Lebanon's civic groups called on Monday for the parliament to meet.", []string{"LBNCVL 026 LBNLEG asserted"}},
		{"Belarus's security service detained a blogger on Monday.", []string{"BLRSPY 173 BLRCVL asserted"}},
		{"Guinea's opposition forum demanded on Monday that the junta leader step down.", []string{"GINOPP 1041 GINGOV asserted"}},
	}, false)
}
