package events_test

import "testing"

// TestDemandTail codes team-written sentences for demand_tail.go: the
// demander's own act after a demand's that-clause (a participle after a
// comma, a past-tense verb after "and", a threat after "and threatened
// to") is coded, with the demander as source; what the complement asks
// for stays undone.
func TestDemandTail(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Poland demanded on Wednesday that Belarus release a jailed Polish journalist, accusing Minsk of persecuting the Polish minority.",
			[]string{"POL 1053 BLR asserted", "POL 112 BLR asserted"}},
		{"Lithuania demanded on Friday that China lift its trade restrictions, and recalled its ambassador for consultations.",
			[]string{"LTU 1054 CHN asserted", "LTU 161 CHN asserted"}},
		// "and threatened to" + an act coded a threat: the demander's threat
		{"Turkey demanded that Syrian Kurdish fighters withdraw from the border town and threatened to launch a new offensive.",
			[]string{"TUR 1056 SYRREB asserted", "TUR 138 SYRREB asserted"}},
		// near miss: the complement's own verbs are base forms, asked for and not done
		{"Egypt demanded on Monday that Ethiopia halt the filling of its dam until a deal was reached.",
			[]string{"EGY 1042 ETH asserted"}},
	}, false)
}
