package events_test

import "testing"

// TestAgreedThatPair: the plan of an "A and B agreed that …" clause whose
// actors are only the two agreeing states is agreed by both, one event
// each way; before, only the clause's own subject (or its force, "their
// border guards") was coded, with no partner or one way.
func TestAgreedThatPair(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Lithuania and Poland agreed on Friday that their border guards would patrol the shared frontier together.",
			[]string{"LTU 0312 POL future", "POL 0312 LTU future"}},
		{"Norway and Sweden agreed on Monday that Sweden would host Norwegian fighter jets at a base near Lulea.",
			[]string{"NOR 036 SWE future", "SWE 036 NOR future"}},
		// a third party's act in the clause: not the two's plan together
		{"Mexico and Guatemala agreed on Tuesday that Honduras would host the next summit.",
			[]string{"HND 036 - future"}},
		// a directed act is the doer's alone, its target kept
		{"Chile and Peru agreed on Tuesday that Chile would withdraw its troops from the border.",
			[]string{"CHL 0356 - future"}},
		{"India and Bangladesh agreed that India would release 40 Bangladeshi fishermen.",
			[]string{"IND 0353 BGDCVL future"}},
		{"Serbia and Croatia agreed that Serbia would investigate the massacre.",
			[]string{"SRB 093 - future"}},
		{"Russia and Belarus agreed on Monday that Russia would supply Belarus with more gas.",
			[]string{"RUS 0311 BLR future"}},
		// a mutual act naming its partner stays one way, as before
		{"Kenya and Uganda agreed on Wednesday that Kenya would resume talks with Uganda on the railway.",
			[]string{"KEN 036 UGA future"}},
	}, false)
}
