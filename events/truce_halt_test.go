package events_test

import "testing"

// TestTruceHaltDeclared: a halt, pause or suspension of a party's attacks
// or hostilities that it declares or announces is a truce declared
// (0871), as "announced a ceasefire" is. A labour strike or a company's
// operations halted is no truce.
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
	}, false)
}
