package events_test

import "testing"

// TestExpelledIGOTeam codes an international organisation's team,
// mission or monitors expelled as the body withdrawn (166x): a rights
// team or monitors are observers (1662), a peacekeeping mission
// peacekeepers (1661), a humanitarian team aid workers (1663). The head
// of a mission or an official expelled stays a deportation (174), as
// migrants expelled do.
func TestExpelledIGOTeam(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Eritrea expelled a U.N. human rights team on Friday.",
			[]string{"ERI 1662 IGOUNO asserted"}},
		{"Eritrea expelled two U.N. monitors on Friday.",
			[]string{"ERI 1662 IGOUNO asserted"}},
		{"Eritrea expelled the U.N. peacekeeping mission on Friday.",
			[]string{"ERI 1661 IGOUNO asserted"}},
		{"Eritrea expelled a U.N. humanitarian team on Friday.",
			[]string{"ERI 1663 IGOUNO asserted"}},
		// near misses: a person of the body, and migrants, are deported
		{"Eritrea expelled the head of the U.N. human rights mission on Friday.",
			[]string{"ERI 174 IGOUNO asserted"}},
		{"Eritrea expelled 200 Ethiopian migrants on Friday.",
			[]string{"ERI 174 ETHREF asserted"}},
	}, false)
}
