package events_test

import "testing"

// TestActors49 codes, on sentences written for this test, the actor
// phrases act49 added to actors/data: a dissident writer is the
// opposition (OPP), Hambali Jemaah Islamiyah's (IDNREB), a company named
// by its trade and "group" business (BUS).
func TestActors49(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Chinese police detained dissident writer Yang Wei in Beijing on Monday.",
			[]string{"CHNCOP 173 CHNOPP asserted"}},
		{"Thai police arrested Hambali in Bangkok on Monday.",
			[]string{"THACOP 173 IDNREB asserted"}},
		{"Spanish prosecutors opened a bribery investigation into the steel group Acerinox on Friday.",
			[]string{"ESPJUD 091 ESPBUS asserted"}},
	}, false)
}

// TestRajoelinaOpposition codes the supporters of Andry Rajoelina, who
// led Madagascar's opposition from January 2009 until he took power in
// March: the opposition (MDGOPP) in February, not ordinary people.
func TestRajoelinaOpposition(t *testing.T) {
	checkDated(t, newCoder(t), "2009-02-10", []coverageCase{
		{"Supporters of Andry Rajoelina demonstrated in Antananarivo on Monday against President Marc Ravalomanana.",
			[]string{"MDGOPP 141 MDGGOV asserted"}},
	})
}

// TestLeaders2026 codes leaders who took office in late 2025 and 2026 by
// their bare names: Nasry Asfura (Honduras, sworn in 2026-01-27),
// Alexandru Munteanu (Moldova's prime minister).
func TestLeaders2026(t *testing.T) {
	checkDated(t, newCoder(t), "2026-03-02", []coverageCase{
		{"Nasry Asfura met Alexandru Munteanu in Madrid on Monday.",
			[]string{"HNDGOV 044 MDAGOV asserted", "MDAGOV 044 HNDGOV asserted"}},
	})
}
