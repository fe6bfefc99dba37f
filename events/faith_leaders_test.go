package events_test

import "testing"

// TestFaithLeaders: a faith's adjective before "leaders" is part of the
// role (REL, actors/data/agents.txt), not an unknown name that left the
// appeal without its target; a state's bare "leaders" stay its government.
func TestFaithLeaders(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Nigeria's president appealed on Monday to Christian and Muslim leaders in Jos to calm their followers.",
			[]string{"NGAGOV 020 NGAREL asserted"}},
		{"Indian Prime Minister Narendra Modi met Hindu leaders in Varanasi on Monday.",
			[]string{"INDGOV 040 INDREL asserted", "INDREL 040 INDGOV asserted"}},
		// near miss: a state's leaders
		{"Nigeria's leaders met in Abuja on Monday.",
			[]string{"NGAGOV 040 - asserted"}},
	}, false)
}
