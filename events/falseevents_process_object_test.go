package events_test

import "testing"

// processObjectCases: talks named as the object of a verb that acts on a
// process under way ("threatened the talks between Belgrade and
// Pristina", "block the opening of new chapters in Turkey's membership
// talks") are the subject matter of that act, no consultation of the day
// (falseevents_process_object.go, [process verbs] of
// events/data/words.txt). Talks held, and a meeting that an event
// overshadowed (it took place), are coded. The exact events each
// sentence gives (published 2024-03-14).
var processObjectCases = []familyCase{
	{"process-object", "Kosovo police took control of two border crossings on Monday, a move Serbia called an act of violence that threatened the EU-brokered talks between Belgrade and Pristina.", nil},
	{"process-object", "Cyprus threatened on Wednesday to block the opening of new chapters in Turkey's membership talks with the European Union unless Ankara opened its ports.",
		[]string{"CYP 133 IGOEUREEC asserted"}},
	{"process-object", "Armenia said on Friday that Azerbaijan's troop build-up endangered peace talks between Yerevan and Baku.", nil},
	{"process-object", "France said on Monday that the fighting in Donbas jeopardised talks between Russia and Ukraine.", nil},
	// near misses: talks held, and a meeting overshadowed, are coded
	{"process-object", "Serbia and Kosovo held EU-brokered talks in Brussels on Monday.",
		[]string{"SRB 046 KSV asserted", "KSV 046 SRB asserted"}},
	{"process-object", "Turkey and the European Union opened new chapters in their membership talks on Tuesday.",
		[]string{"TUR 046 IGOEUREEC asserted", "IGOEUREEC 046 TUR asserted"}},
	{"process-object", "The arrest of the opposition leader overshadowed a meeting between Kenya's president and Tanzania's president in Nairobi on Tuesday.",
		[]string{"KENGOV 040 TZAGOV asserted", "TZAGOV 040 KENGOV asserted"}},
}

// TestProcessObject codes each case of processObjectCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestProcessObject(t *testing.T) { checkFamilies(t, "", processObjectCases, false) }
