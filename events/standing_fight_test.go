package events_test

import "testing"

// TestStandingFight: "fight with/alongside" as a participle describing a
// noun, or in the perfect progressive of a relative clause, says which
// side someone is on and gives no event; the sentence's main verb is
// coded. A fight told as the clause's own act stays 190.
func TestStandingFight(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Reporters interviewed the parents of a Canadian man who has been fighting with the Taliban in Afghanistan.", nil},
		{"Pakistan's army, which has been fighting with the Taliban for years, rejected the offer.", []string{"PAKMIL 127 - asserted"}},
		{"The monitor said 14 Syrian rebels fighting alongside Turkey had died.", nil},
		{"Ukrainian troops are fighting with Russian forces near Bakhmut.", []string{"UKRMIL 190 RUSMIL asserted", "RUSMIL 190 UKRMIL asserted"}},
	}, false)
}
