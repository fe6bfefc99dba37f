package events_test

import "testing"

// TestTitleCaseAcronymActors: a body written in title case as the
// Guardian and the BBC write acronyms ("Unicef", "Farc", "Opec", "the
// Iaea") is the same actor as its capitals (actors/acronyms.go), while a
// title-case word on the [plain acronyms] list ("Who") names no body, nor
// does an outlet's acronym naming a region ("the MENA region").
func TestTitleCaseAcronymActors(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Unicef urged the Ethiopian government on Monday to reopen schools in Tigray.",
			[]string{"IGOUNOCEF 020 ETHGOV asserted"}},
		{"Farc dissidents ambushed an army patrol near the Venezuelan border on Sunday.",
			[]string{"COLREB 190 COLMIL asserted"}},
		{"Opec praised Saudi Arabia for cutting output.",
			[]string{"IGOOPC 051 SAU asserted"}},
		{"The Iaea criticised Iran on Thursday over the enrichment plant.",
			[]string{"IGOUNOIAE 111 IRN asserted"}},
		{"Who praised Kenya on Monday.", nil},
		// surnames and regions that spell an acronym are no body
		{"Nepal's home minister Ram Rai criticised India over the border dispute.",
			[]string{"NPLGOV 111 IND asserted"}},
		{"Bhutan's envoy Sonam Rai praised Nepal on Friday.",
			[]string{"BTNGOV 051 NPL asserted"}},
		// the MENA region (Middle East and North Africa) is no state and
		// not Egypt's MENA agency: neither a Ukrainian town named Mena
		// (gen-geo place-drop) nor the outlet before a [region heads] noun
		{"The Mena region's governments condemned the attack on Sunday.", nil},
		{"Mena governments signed a trade pact with the European Union.", nil},
		{"The MENA region's governments condemned Israel on Sunday.", nil},
		{"MENA countries praised Qatar on Tuesday for its mediation.", nil},
		{"MENA criticised Ethiopia on Monday over the dam.",
			[]string{"EGYMED 111 ETH asserted"}},
	}, false)
}
