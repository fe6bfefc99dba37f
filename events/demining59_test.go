package events_test

import "testing"

// TestJointDemining codes two states' forces clearing mines together as
// military cooperation both ways (062, data/verbs.txt), with "army
// engineers" read as the army (actors/data/agents.txt); one state's
// sappers clearing mines, and mines laid, are no cooperation.
func TestJointDemining(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Peruvian and Chilean army engineers began clearing the last minefields along their shared border on Wednesday.",
			[]string{"PERMIL 062 CHLMIL asserted", "CHLMIL 062 PERMIL asserted"}},
		{"Croatia and Bosnia began removing landmines along their border on Monday.",
			[]string{"HRV 062 BIH asserted", "BIH 062 HRV asserted"}},
		// near misses
		{"Ukrainian sappers cleared mines from the bridge near Kherson on Monday.",
			nil},
		{"Russia accused Ukraine of laying mines on Monday.",
			[]string{"RUS 112 UKR asserted"}},
	}, false)
}
