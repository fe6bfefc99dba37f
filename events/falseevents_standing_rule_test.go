package events_test

import "testing"

// standingRuleCases: a standing rule told in the present ("UN Security
// Council resolutions ban North Korea from testing ballistic missiles")
// says how things stand and is no event (falseevents_standing_rule.go
// standingRule). The act of making or imposing a rule is coded. The
// exact events each sentence gives.
var standingRuleCases = []familyCase{
	{"standing-rule", "UN Security Council resolutions ban North Korea from testing ballistic missiles.", nil},
	// near misses: the rule imposed by an actor on a day
	{"standing-rule", "The European Union banned European firms from buying Russian oil on Monday.", []string{"IGOEUREEC 172 RUS asserted"}},
}

// TestStandingRule codes each case of standingRuleCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestStandingRule(t *testing.T) { checkFamilies(t, "", standingRuleCases, false) }
