package events_test

import "testing"

// TestRelationsPartner: a comment about relations with another state
// ("hoped the talks would open a new era in relations with Japan") targets
// that state, however long the clause between (targets_relations.go);
// relations told in another clause, or with the speaker's own state, give
// no target.
func TestRelationsPartner(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Chinese Premier Li Qiang said on Monday he hoped the first direct flights in more than four years between cities divided by the old frontier would open a new chapter in relations with Vietnam.",
			[]string{"CHNGOV 013 VNM asserted"}},
		{"Li Qiang said on Monday he was optimistic that next month's summit in Hanoi would open a new era in ties with Vietnam.",
			[]string{"CHNGOV 013 VNM asserted"}},
		// near misses: relations in another clause; the speaker's own state
		{"Li Qiang said on Monday he was optimistic about the economy, but relations with Vietnam remained tense.",
			[]string{"CHNGOV 013 - asserted"}},
		{"Li Qiang said on Monday he hoped the first direct flights in more than four years between cities divided by the old frontier would open a new chapter in relations with China.",
			[]string{"CHNGOV 013 - asserted"}},
	}, false)
}
