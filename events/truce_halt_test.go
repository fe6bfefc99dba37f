package events_test

import "testing"

// TestTruceHaltDeclared: a halt, pause or suspension of a party's attacks
// or hostilities that it declares or announces is a truce declared
// (0871), as "announced a ceasefire" is. A labour strike or a company's
// operations halted is no truce. A halt a third party announces "between"
// two parties is theirs (announcedTruce), and one of another party's
// attacks ("a halt to Israeli attacks") is none of the announcer's
// (haltOfOther, targets_mediation.go).
func TestTruceHaltDeclared(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Hezbollah announced a two-week halt to its attacks on Israeli positions on Sunday.",
			[]string{"LBNREB 0871 ISRMIL asserted"}},
		{"Houthi rebels announced a suspension of attacks on shipping in the Red Sea.",
			[]string{"YEMREB 0871 - asserted"}},
		// near misses: a strike or a company's work halted
		{"The union announced a halt to its strikes at the port on Monday.",
			nil},
		{"Shell announced a halt to operations in the delta.",
			nil},
		// a third party's announcement: the parties' truce, or none of
		// the announcer's when the halted attacks are another's
		{"Turkey announced a pause in fighting between Azerbaijan and Armenia on Saturday.",
			[]string{"AZE 0871 ARM asserted", "ARM 0871 AZE asserted"}},
		{"Qatar announced a halt to Israeli attacks on Gaza on Sunday.",
			nil},
	}, false)
}
