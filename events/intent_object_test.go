package events_test

import "testing"

// TestAgreedToActOnParty: parties that agreed to act on a party named as
// the infinitive's object each intend it toward that party, not toward
// each other (intent_object.go); with no party there ("return their
// ambassadors") the intent stays mutual.
func TestAgreedToActOnParty(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Norway and Egypt agreed to help OPEC on Monday.", []string{"NOR 030 IGOOPC future", "EGY 030 IGOOPC future"}},
		{"India and Japan agreed to help Sri Lanka rebuild its ports.", []string{"IND 0331 LKA future", "JPN 0331 LKA future"}}, // ports rebuilt: economic aid (project_aid.go)
		{"Pakistan and Iran agreed to return their ambassadors on Monday.", []string{"PAK 030 IRN future", "IRN 030 PAK future"}},
	}, false)
}
