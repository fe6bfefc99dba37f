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

// TestSharedOwnerTargets codes the second conjunct of "X's A and B", an
// agent named by no state, as X's ("between Togo's government and
// opposition" TGOOPP; targets_fought.go sharedOwner); a second conjunct
// with its own demonym keeps it.
func TestSharedOwnerTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Senegal's president offered on Friday to mediate between Guinea's government and opposition.",
			[]string{"SENGOV 039 GINGOV future", "SENGOV 039 GINOPP future"}},
		// near miss: a demonym of its own
		{"Senegal's president offered on Friday to mediate between Guinea's government and the Malian opposition.",
			[]string{"SENGOV 039 GINGOV future", "SENGOV 039 MLIOPP future"}},
	}, false)
}
