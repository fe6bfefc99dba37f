package events_test

import "testing"

// TestAgents47: a county governor (Kenya's 47 counties, Romania's,
// Liberia's) is local government, GOV, like a regional or provincial
// governor, so an act aimed at one has its target.
// Invented sentences.
func TestAgents47(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya's anti-corruption commission opened an investigation on Tuesday into the county governor.", []string{"KENGOV 091 KENGOV asserted"}},
		{"Kenya's anti-corruption commission opened an investigation on Tuesday into the regional governor.", []string{"KENGOV 091 KENGOV asserted"}},
		{"Kenya's anti-graft agency opened a probe on Monday into a county governor named in a leak of offshore files.", []string{"KENGOV 091 KENGOV asserted"}},
	}, false)
}
