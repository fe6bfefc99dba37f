package events_test

import "testing"

// TestTitleCaseAcronymActors: a body written in title case as the
// Guardian and the BBC write acronyms ("Unicef", "Farc", "Opec", "the
// Iaea") is the same actor as its capitals (actors/acronyms.go), while a
// title-case word on the [plain acronyms] list ("Who") names no body.
func TestTitleCaseAcronymActors(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Unicef urged the Ethiopian government on Monday to reopen schools in Tigray.",
			[]string{"IGOUNOCEF 020 ETHGOV asserted"}},
		{"Farc dissidents attacked a police station in Narino on Sunday.",
			[]string{"COLREB 190 COLCOP asserted"}},
		{"Opec praised Saudi Arabia for cutting output.",
			[]string{"IGOOPC 051 SAU asserted"}},
		{"The Iaea criticised Iran on Thursday over the enrichment plant.",
			[]string{"IGOUNOIAE 111 IRN asserted"}},
		{"Who praised Kenya on Monday.", nil},
	}, false)
}
