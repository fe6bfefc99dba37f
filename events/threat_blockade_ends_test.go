package events_test

import "testing"

// TestThreatBlockadeEnds: a threat to block a border ("border crossings
// with Germany", "the border with Turkey") names the neighbour as a place,
// not as the threat's target; the threat keeps the government it is aimed
// at, as the blockade does (threat_blockade_ends.go).
func TestThreatBlockadeEnds(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// gold dev51-wire W51045
		{"Polish farmers threatened on Tuesday to block border crossings with Germany unless the government stopped foreigners from buying farmland.",
			[]string{"POLAGR 133 POLGOV asserted"}},
		{"Greek farmers threatened on Monday to block the border with Turkey unless the government paid subsidies.",
			[]string{"GRCAGR 133 GRCGOV asserted"}},
		// the blockade itself (routeEnds, gold dev51-wire's twin ev0625)
		{"Polish farmers blocked border crossings with Ukraine on Friday to protest against grain imports.",
			[]string{"POLAGR 144 POLGOV asserted"}},
		// not a way's end: a protest against a foreign state's act keeps it
		{"Thousands of Pakistanis protested in Lahore on Monday against India's border firing.",
			[]string{"PAKCVL 141 IND asserted"}},
		// a state's force blockading a crossing acts on the neighbour (gold dev49-wire W49008)
		{"Venezuela's National Guard blocked the Tienditas bridge on the Colombian border with two tankers and a cargo container on Wednesday, as the opposition prepared to bring in foreign food aid.",
			[]string{"VENMIL 191 COL asserted"}},
	}, false)
}
