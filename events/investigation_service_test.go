package events_test

import "testing"

// TestInvestigationService: a state's investigation service is its
// judiciary (JUD, actors/data/agents.txt), as prosecutors are; an
// investigation told as a noun with no service keeps its own source.
func TestInvestigationService(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Georgia's investigation service opened a case against two police officers on Monday.",
			[]string{"GEOJUD 091 GEOCOP asserted"}},
		{"Moldova's special investigation service summoned a former interior minister for questioning on Tuesday.",
			[]string{"MDAJUD 091 MDA asserted"}},
		// near miss: prosecutors, as before
		{"Georgian prosecutors opened a case against two police officers on Monday.",
			[]string{"GEOJUD 091 GEOCOP asserted"}},
	}, false)
}
