package events_test

import "testing"

// TestProbeBodies codes, on sentences written for this test, the
// questioning or interrogation of someone by a state's anti-corruption
// body (events/probebody.go, events/data/words.txt [probe body words]) as
// a probe (091), as by police, in active, passive, fronted and
// coordinated wordings; near miss: a state questioning another's word
// doubts it, no probe.
func TestProbeBodies(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Lesotho's anti-corruption agency interrogated a former finance minister for six hours on Friday.",
			[]string{"LSOGOV 091 LSO asserted"}},
		{"Zambia's anti-graft watchdog questioned opposition leader Hakainde Mweemba on Thursday about a land deal.",
			[]string{"ZMBGOV 091 ZMBOPP asserted"}},
		{"A former Malawian defence minister was questioned by Malawi's anti-corruption agency on Monday.",
			[]string{"MWIGOV 091 MWI asserted"}},
		{"On Wednesday, Botswana's anti-corruption watchdog questioned two Botswana police officers over missing funds.",
			[]string{"BWAGOV 091 BWACOP asserted"}},
		{"Ghana's anti-graft agency and the police questioned a Ghanaian customs officer on Tuesday.",
			[]string{"GHAGOV 091 GHA asserted", "GHACOP 091 GHA asserted"}},
		// near miss: doubt, no probe
		{"Moscow questioned Kyiv's commitment to the truce on Friday.",
			nil},
	}, false)
}

// TestOppositionCandidates codes, on sentences written for this test, an
// opposition candidate, challenger or contender as the opposition (OPP,
// actors/data/agents.txt), as source or target, fronted and coordinated.
func TestOppositionCandidates(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Togo's opposition candidate urged the IMF on Monday to ease debt terms.",
			[]string{"TGOOPP 020 IGOUNOIMF asserted"}},
		{"The Togolese opposition challenger accused the electoral commission on Monday of rigging the count.",
			[]string{"TGOOPP 112 TGOGOV asserted"}},
		{"Police in Lome arrested two opposition candidates on Monday.",
			[]string{"TGOCOP 173 TGOOPP asserted"}},
		{"On Sunday, Togo's main opposition contender called on the army to stay neutral.",
			[]string{"TGOOPP 020 TGOMIL asserted"}},
		{"Togo's opposition candidates and the ruling party signed a pact on Monday.",
			[]string{"TGOOPP 057 TGOGOV asserted", "TGOGOV 057 TGOOPP asserted"}},
	}, false)
}
