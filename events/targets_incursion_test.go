package events_test

import "testing"

// TestIncursionAnsweredTargets codes targets_incursion.go: a crossing into
// another's space told in an "after", "as" or "when" clause is aimed at
// the main clause's state, by its country code; the crossing of a
// demarcation line, a demilitarised zone or a land border by troops is a
// show of force that needs that target. A show of force that crosses
// into no one's space, a crossing by the main clause's own state and one
// by people who are no force give no such event.
func TestIncursionAnsweredTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Greek troops fired warning shots on Monday after Turkish soldiers briefly crossed the demarcation line near the river.",
			[]string{"GRCMIL 150 TURMIL asserted", "TURMIL 150 GRC asserted"}},
		{"Indian troops fired warning shots after about 30 Pakistani soldiers crossed the demilitarized zone.",
			[]string{"INDMIL 150 PAKMIL asserted", "PAKMIL 150 IND asserted"}},
		{"Manila lodged a protest with Beijing on Friday after Chinese coast guard vessels entered waters near the shoal.",
			[]string{"PHL 114 CHN asserted", "CHNMIL 150 PHL asserted"}},
		{"Estonia summoned the Russian envoy when Russian helicopters violated its airspace on Tuesday.",
			[]string{"EST 114 RUSGOV asserted", "RUSMIL 150 EST asserted"}},
		// no one's space; the main clause's own state; no force
		{"Japan raised its alert level after North Korea fired a missile into the sea.",
			[]string{"JPN 152 - asserted", "PRK 150 - asserted"}},
		{"Greek troops fired warning shots after Greek smugglers crossed the demarcation line.",
			[]string{"GRCMIL 150 - asserted"}},
		{"Refugees crossed the demarcation line after fighting erupted in the valley.",
			nil},
		// a flight or a voyage over open water crosses into no one's space
		{"Finland held air drills on Tuesday as Russian bombers flew over the Baltic Sea.",
			[]string{"FIN 150 - asserted", "RUSMIL 150 - asserted"}},
		{"Norway put its coast guard on alert when Russian warships sailed through the Barents Sea.",
			[]string{"NORMIL 152 RUSMIL asserted", "RUSMIL 150 - asserted"}},
	}, false)
}
