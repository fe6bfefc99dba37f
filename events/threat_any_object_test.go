package events_test

import "testing"

// TestThreatAnyObject: a threat against "any" vessel, warplane or village
// aims at the owner the sentence names: a demonym's civilians (a vessel,
// a settlement) or forces (a warplane), the force told bombing the
// threatener, an armed group's own country's villagers; a vessel with no
// demonym and a state's threat to unnamed villages keep no target
// (threat_any_object.go).
func TestThreatAnyObject(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Japan's fisheries agency warned on Tuesday that its patrol boats would board any Chinese vessel found harvesting red coral inside Japanese waters.",
			[]string{"JPNGOV 130 CHNCVL asserted"}},
		// a demonym of two words, a compound noun after it
		{"The Chinese coast guard warned that its patrol boats would board any South Korean vessel.",
			[]string{"CHNMIL 130 KORCVL asserted"}},
		{"The Chinese coast guard warned that its patrol boats would board any Indonesian fishing boat.",
			[]string{"CHNMIL 130 IDNCVL asserted"}},
		{"Ukrainian rebels threatened on Tuesday to shoot down any plane flying over Donetsk after government jets bombed rebel-held towns.",
			[]string{"UKRREB 138 UKRMIL asserted", "UKRMIL 195 UKRREB asserted"}},
		{"Sudan's rebels warned on Monday that any town found hiding government soldiers would be burned.",
			[]string{"SDNREB 130 SDNCVL asserted"}},
		// no owner named: no target
		{"Israel warned on Monday that any village firing rockets would be destroyed.",
			[]string{"ISR 137 - asserted"}},
		{"The Houthis threatened on Sunday to attack any ship heading to the Red Sea.",
			[]string{"YEMREB 138 - asserted"}},
		// a demonym's mention with a role of its own is no owner's demonym
		{"The Chinese coast guard warned that its patrol boats would board any Japanese coast guard vessel.",
			[]string{"CHNMIL 130 - asserted"}},
	}, false)
}
