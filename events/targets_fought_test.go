package events_test

import "testing"

// TestFoughtStateTargets codes an armed group named by no state of its
// own but by the state it fights ("rebels fighting Mali's army") with
// that state's country, as the target of aid sent to it
// (targets_fought.go); a group named with its own demonym keeps it.
func TestFoughtStateTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Libya shipped weapons to rebels fighting Chad's army.",
			[]string{"LBY 072 TCDREB asserted"}},
		{"Iran sent missiles to militants battling the Iraqi government on Monday.",
			[]string{"IRN 072 IRQREB asserted"}},
		// near misses: a demonym of its own
		{"Libya shipped weapons to Sudanese rebels fighting Chad's army.",
			[]string{"LBY 072 SDNREB asserted"}},
	}, false)
}
