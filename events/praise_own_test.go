package events_test

import "testing"

// TestPraiseOwnForces: a state's praise (051) or verbal defence (052) of
// its own army, police or intelligence keeps them as target, where its own
// officials named by role stay no target of other acts ("expelled
// diplomats"). Invented sentences.
func TestPraiseOwnForces(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Zimbabwe's new president thanked the army on Monday for its restraint.", []string{"ZWEGOV 051 ZWEMIL asserted"}},
		{"Myanmar's president defended on Tuesday the army's conduct in Rakhine state.", []string{"MMRGOV 052 MMRMIL asserted"}},
		{"Zimbabwe's president praised the police on Monday.", []string{"ZWEGOV 051 ZWECOP asserted"}},
	}, false)
}
