package events_test

import "testing"

// cessationCases: a gerund after a verb of ceasing ("stopped meeting",
// "to stop supplying", "ceased supplying")
// names the act that ends, and is not coded
// (falseevents_cessation.go ceasedGerund); the sentence's other acts are.
// The cessation's own pattern ("stopped shelling" 087), a verb that goes
// on with the act ("resumed shelling"), violence asked to stop and an act
// refrained from (negated) stay. The exact events each
// sentence gives.
var cessationCases = []familyCase{
	{"unless-stopped", "Bahrain threatened on Tuesday to suspend al-Wefaq unless its leaders stopped meeting foreign diplomats.", []string{"BHR 1322 BHROPP asserted"}}, // the ban threatened (party_ban.go; dev50 W50051 BHRGOV 1322 BHROPP)
	{"to-stop", "Moscow told Washington on Wednesday to stop supplying long-range missiles to Kyiv.", []string{"RUS 100 USA asserted"}},
	{"ceased", "Iran ceased supplying drones to Russia on Monday.", nil},
	// near misses: the cessation's own pattern, and an act resumed
	{"stop-pattern", "Russia stopped shelling Kharkiv on Monday.", []string{"RUS 087 - asserted"}},
	{"resumed", "Israel resumed shelling Gaza on Monday.", []string{"ISR 194 PSE asserted"}},
	{"violence", "Britain wants the Eritrean government to stop killing its own people.", []string{"ERIGOV 190 ERICVL asserted"}},
	{"refrained", "Israel refrained from striking Iran on Monday.", []string{"ISR 190 IRN negated"}},
}

// TestCessation codes each case of cessationCases as a one-sentence
// article published on 2024-03-14 and compares its events exactly.
func TestCessation(t *testing.T) {
	checkFamilies(t, "", cessationCases, false)
}
