package events_test

import "testing"

// TestBorderPairTargets codes two states named together as the subject
// of a deployment at their border with each other as targets
// (targets_borderpair.go); one state alone, two states sent to a third
// state's border, and two states with no border named are left as they
// were.
func TestBorderPairTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Eritrea and Ethiopia moved tanks and artillery on Friday towards the contested frontier near Badme.",
			[]string{"ERI 154 ETH asserted", "ETH 154 ERI asserted"}},
		{"Armenia and Azerbaijan massed troops along their border on Sunday.",
			[]string{"ARM 154 AZE asserted", "AZE 154 ARM asserted"}},
		// near misses
		{"Azerbaijan massed troops near the border on Sunday.",
			[]string{"AZE 154 - asserted"}},
		{"Poland and Lithuania sent troops to the border with Belarus on Sunday.",
			[]string{"POL 154 BLR asserted", "LTU 154 BLR asserted"}},
	}, false)
}
