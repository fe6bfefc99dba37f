package events_test

import "testing"

// TestUnitAdjectiveSubject codes sources_unit_adjective.go: a force's
// units named with an adjective of their kind between the force and the
// unit noun ("Kosovo police special units", "Iraqi army elite units") act
// as the force, as "army units" do; both gave no event before. A state's
// adjective alone names no force ("Russian special units": no actor).
func TestUnitAdjectiveSubject(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kosovo police special units arrested 12 suspected smugglers on Monday.",
			[]string{"KSVCOP 173 KSVCRM asserted"}},
		{"Iraqi army elite units attacked Islamic State fighters on Monday.",
			[]string{"IRQMIL 190 IMGMOSISL asserted"}},
		{"Serbian police units arrested 12 men on Monday.",
			[]string{"SRBCOP 173 SRBCVL asserted"}},
		// near miss: a state's adjective, no force named
		{"Russian special units arrested 12 men on Monday.", nil},
	}, false)
}
