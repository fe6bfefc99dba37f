package events_test

import "testing"

// TestWithdrawnDiplomats: a state recalling or withdrawing its own
// diplomats "from" a state targets that state bare, as a recalled
// ambassador does; diplomats expelled stay their government
// (targets_held_people.go withdrawnDiplomats).
func TestWithdrawnDiplomats(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Norway withdrew 12 diplomats from Russia on Monday.", []string{"NOR 161 RUS asserted"}},
		{"Britain recalled 30 diplomats from Tehran on Friday.", []string{"GBR 161 IRN asserted"}},
		{"Norway expelled 12 Russian diplomats on Monday.", []string{"NOR 161 RUSGOV asserted"}},
	}, false)
}
