package events_test

import "testing"

// TestConflictWireConstructions codes the conflictual wire constructions
// of the "conflictual wire constructions" lines of data/verbs.txt with
// their exact events, and the same words where they name no event.
func TestConflictWireConstructions(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// countermeasures taken, said of the future: a threat
		{"Beijing said it would take resolute countermeasures against the three Canadian lawmakers.", []string{"CHN 130 CANLEG future"}},
		{"The government will take measures to protect citizens from the flood.", nil},
		// severe sanctions promised: a threat of sanctions
		{"Britain and Canada condemned the Iranian strike and promised severe sanctions.", []string{"GBR 111 IRN asserted", "CAN 111 IRN asserted", "GBR 1312 IRN asserted", "CAN 1312 IRN asserted"}},
		{"The EU promised sanctions relief to Syria.", nil},
		// simulated strikes and weapons unveiled: a show of force
		{"Russia's military simulated missile strikes on Poland on Friday during drills in Belarus.", []string{"RUSMIL 150 POL asserted"}},
		{"Kim Jong Un unveiled new hypersonic weapons on Tuesday.", []string{"PRKGOV 150 - asserted"}},
		{"Iran unveiled plans for a weapons museum in Tehran.", nil},
		// warships deployed by kind
		{"The Pentagon said it had deployed three destroyers to the eastern Mediterranean.", []string{"USAGOV 154 - asserted"}},
		// ties broken with the adjective between
		{"Mali's junta said it was breaking diplomatic ties with Algeria.", []string{"MLIGOV 161 DZA asserted"}},
		{"The talks broke the diplomatic deadlock between the two sides.", nil},
		// people barred from leaving: a travel ban (172)
		{"Belarus barred the opposition leader from leaving the country on Monday.", []string{"BLR 172 BLROPP asserted"}},
		{"Nepal's government prohibited the former king from travelling abroad.", []string{"NPLGOV 172 NPL asserted"}},
		{"The storm barred ferries from leaving the port.", nil},
		// a criminal case filed by the police: a charge (173); a state's
		// case at a court stays a lawsuit (115)
		{"Indian police filed a corruption case against the Delhi chief minister on Friday.", []string{"INDCOP 173 INDGOV asserted"}},
		{"Pakistani police registered a sedition case against Imran Khan on Monday.", []string{"PAKCOP 173 PAKOPP asserted"}},
		{"South Africa filed a case against Israel at the International Court of Justice on Friday.", []string{"ZAF 115 ISR asserted"}},
		// a parliament suspended
		{"Tunisia's president suspended parliament on Monday.", []string{"TUNGOV 172 TUNLEG asserted"}},
		{"The speaker suspended the parliamentary session for lunch.", nil},
		// a red notice issued for a wanted person: an arrest warrant
		{"Interpol issued a red notice on Monday for the former Peruvian president Alberto Fujimori.", []string{"IGOITP 173 PER asserted"}},
		{"The ministry issued a notice to exporters on Monday.", nil},
		// a military operation begun: an attack
		{"Turkish forces began a major operation in northern Iraq on Sunday.", []string{"TURMIL 190 IRQ asserted"}},
		{"Rescuers began a major operation to free the trapped miners.", nil},
	}, false)
}

// TestThreatenedOccupationPlace gives a threatened occupation of a named
// place the place's country as target, as an occupation done does.
func TestThreatenedOccupationPlace(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Russia threatened to seize the city of Kharkiv.", []string{"RUS 1382 UKR asserted"}},
		{"Russian troops seized the city of Kharkiv on Monday.", []string{"RUSMIL 192 UKR asserted"}},
	}, false)
}

// TestNamesOfBlame codes a thing called by a name of blame as criticism
// (111) of whoever did it, the subject of the first clause when a
// coordinated clause restates it ("the deal", "the mutiny", "it"), and no
// criticism when no party is named.
func TestNamesOfBlame(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Somalia called Kenya's port deal with Somaliland \"null and void\" on Monday.", []string{"SOM 111 KEN asserted"}},
		{"The court declared the contract null and void, and the company called the ruling null and void too.", nil},
		{"Mercenaries seized an air base in southern Russia on Saturday, and Putin called the mutiny \"treason\".", []string{"RUSUAF 192 RUS asserted", "RUSGOV 111 RUSUAF asserted"}},
		{"Ankara's envoy called the new French tariffs \"a very stupid thing to do\" on Friday.", []string{"TURGOV 111 FRA asserted"}},
		{"Mali and Niger said they were leaving the International Criminal Court, calling it an \"instrument of imperialism\".", []string{"MLI 160 IGOICC asserted", "NER 160 IGOICC asserted", "MLI 111 IGOICC asserted", "NER 111 IGOICC asserted"}},
		{"Macron called climate change a threat.", nil},
		// a word of scorn with no party named is none
		{"Biden called the reporter's question a ridiculous one.", nil},
		{"Macron called the suggestion an absurd idea.", nil},
		{"Troops stormed the parliament building on Wednesday in what the president called a coup attempt.", nil},
	}, false)
}

// TestRestatedPronoun gives a criticism or denial in a coordinated clause
// whose object is "it" the first clause's actor as target, as a restating
// noun ("the move", "the shooting") does.
func TestRestatedPronoun(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"North Korea conducted a nuclear test on Monday, and Japan condemned it.", []string{"PRK 150 - asserted", "JPN 111 PRK asserted"}},
		{"North Korea conducted a nuclear test on Monday, and Japan said it was ready to talk.", []string{"PRK 150 - asserted"}},
		// a threat's own "it" is read as a bare reaction: the state answers the state
		{"Ugandan troops seized the border town of Kasese from Congo on Tuesday, and Kinshasa vowed to retake it.", []string{"UGAMIL 192 COD asserted", "COD 1382 UGAMIL asserted"}},
	}, false)
}

// TestInterceptedMigrantBoats codes a boat of migrants or refugees
// intercepted at sea as a restriction of their movement (191) by the
// navy or coast guard, the people aboard its target (REF, of the state
// the text names), as the gold sets code it (dev10-wire W10136,
// W10255); cargo and arms intercepted stay a seizure (171), and boats
// with no people named are no event.
func TestInterceptedMigrantBoats(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Greek coast guard vessels intercepted two dinghies carrying Afghan refugees near Lesbos on Friday.",
			[]string{"GRCMIL 191 AFGREF asserted"}},
		{"Mauritania's coast guard intercepted three boats carrying about 400 Gambian migrants on Wednesday.",
			[]string{"MRTMIL 191 GMBREF asserted"}},
		{"Tunisia's navy said it had intercepted a boat carrying 60 Sudanese migrants off Sfax.",
			[]string{"TUNMIL 191 SDNREF asserted"}},
		{"Yemen's coast guard intercepted a boat carrying weapons in the Red Sea.",
			[]string{"YEMMIL 171 - asserted"}},
		{"The coast guard intercepted a fishing boat in the strait on Sunday.", nil},
	}, false)
}
