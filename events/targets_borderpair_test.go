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

// TestBorderPartnerDropped codes joint patrols of two states along a
// border "with" a third as the two states' cooperation with each other,
// the third state being only where the border runs
// (targets_borderpair.go borderPartner); a partner named after "with"
// itself stays a party.
func TestBorderPartnerDropped(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Hungarian and Austrian police began joint patrols on Monday along the border with Serbia.",
			[]string{"HUNCOP 060 AUTCOP asserted", "AUTCOP 060 HUNCOP asserted"}},
		// near miss: the partner itself
		{"Hungary began joint patrols with Serbia on Monday.",
			[]string{"HUN 062 SRB asserted", "SRB 062 HUN asserted"}},
	}, false)
}
