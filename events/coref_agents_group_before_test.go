package events_test

import "testing"

// TestNamedGroupBefore: "the paramilitaries" or "the militiamen" after a
// named armed group in the sentence is that group, not the state's
// unnamed armed men (coref_agents_group_before.go).
func TestNamedGroupBefore(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Sudan's army pushed Rapid Support Forces fighters out of Omdurman on Friday, as the paramilitaries withdrew across the river.",
			[]string{"SDNMIL 190 SDNREB asserted", "SDNREB 0874 - asserted"}},
	}, false)
}
