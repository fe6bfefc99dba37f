package events_test

import "testing"

// TestSpeakerConjuncts codes sources_conjuncts.go: a verb coordinated
// with a speech, ruling or accusation verb across its complement shares
// that verb's subject when the complement's own subject is no actor, or
// stands inside the accusation's "of" phrase.
func TestSpeakerConjuncts(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// a reported clause with a non-actor subject, then "and" + the
		// speaker's own act
		{"Beijing said on Friday that the seizure of the fishing trawler was illegal and demanded compensation from Manila.",
			[]string{"CHN 1031 PHL asserted"}},
		{"Seoul said on Monday the launch was a grave provocation and summoned China's ambassador.",
			[]string{"KOR 114 CHNGOV asserted"}},
		// a denial participle after the reported clause
		{"Moscow said on Tuesday an explosion had damaged an oil depot in Bryansk, denying that its air defences had failed.",
			[]string{"RUS 016 - asserted"}},
		// an accusation's long "of" phrase, then ", and" + the accuser's act
		{"Vietnam accused China on Monday of ramming two fishing boats near the Paracel Islands with coast guard vessels, and demanded compensation for the crews.",
			[]string{"VNM 112 CHN asserted", "VNM 1031 - asserted"}},
		// a reported clause whose subject is an actor, told in the past
		// perfect, then ", and" + the speaker's act in the simple past
		{"Kenya said on Tuesday the gunmen had crossed from Somalia, and demanded that Mogadishu hand over their commanders.",
			[]string{"KEN 1013 SOM asserted"}},
		{"Mali's army said the rebels had seized the town, and demanded their surrender.",
			[]string{"MLIMIL 100 - asserted"}}, // (the town from no one: no 192, unaimed.go)
		// a denial participle after a reported clause is the speaker's,
		// against the one whose words it reports
		{"Rwanda said on Monday that Congo had spread lies about the border clashes, denying that its troops had crossed into North Kivu.",
			[]string{"RWA 016 COD asserted"}},
		{"Serbia told the court on Friday that Croatia had given a false account of the fighting, rejecting the accusations.",
			[]string{"SRB 016 HRV asserted"}},
		// no ", and": the reported subject's own second act
		{"Mali's army said the rebels had seized the town and demanded a ransom for the hostages.",
			[]string{"MLIREB 100 MLICVL asserted"}}, // (the town from no one: no 192, unaimed.go)
		// ", but" after the reported clause: the speaker's too
		{"Macron said on Friday that talks with the unions were under way, but declined to give details.",
			[]string{"FRAGOV 011 - asserted"}},
		{"Officials said the ceasefire was holding, but declined to give details.",
			nil},
		// near misses: a harm a thing can do stays with the reported
		// clause (no source: the drone attack's), and a speaker's verb in
		// another tense is no conjunct of it
		{"Officials said a drone attack had damaged a refinery in Ryazan and killed two workers.",
			nil},
		{"Poland says the ruling was a scandal and demanded an explanation from Minsk.",
			nil},
		// a restating participle is no second act of the speaker
		{"The Kremlin said on Thursday the plan offered no grounds for hope, pouring cold water on talk of a deal.",
			nil},
	}, false)
}

// TestEachAccusedTheOther codes sources_conjuncts.go's eachSubject: "each"
// ("each side", "each country") as the subject of a later clause is the
// pair an earlier clause named, and "the other" its partner: one
// accusation each way.
func TestEachAccusedTheOther(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Armenia and Azerbaijan exchanged fire along their border on Monday, and each accused the other of breaking the truce.",
			[]string{"ARM 190 AZE asserted", "AZE 190 ARM asserted", "ARM 112 AZE asserted", "AZE 112 ARM asserted",
				"ARM 196 AZE alleged", "AZE 196 ARM alleged"}},
		{"Eritrea and Ethiopia both signed the accord in Algiers, though each accused the other of stalling on the border ruling.",
			[]string{"ERI 057 ETH asserted", "ETH 057 ERI asserted", "ERI 112 ETH asserted", "ETH 112 ERI asserted"}},
		// "each side", "each country": the same pair
		{"Russia and Ukraine agreed a ceasefire, but each side accused the other of breaking it.",
			[]string{"RUS 0871 UKR asserted", "UKR 0871 RUS asserted", "RUS 112 UKR asserted", "UKR 112 RUS asserted",
				"RUS 196 UKR alleged", "UKR 196 RUS alleged"}},
		{"Armenia and Azerbaijan exchanged fire on their border on Tuesday, and each side blamed the other for starting it.",
			[]string{"ARM 190 AZE asserted", "AZE 190 ARM asserted", "ARM 112 AZE asserted", "AZE 112 ARM asserted"}},
		{"India and Pakistan announced a truce on Saturday, though each country accused the other of violating it within hours.",
			[]string{"IND 0871 PAK asserted", "PAK 0871 IND asserted", "IND 112 PAK asserted", "PAK 112 IND asserted",
				"IND 196 PAK alleged", "PAK 196 IND alleged"}},
		// near miss: one actor before "each" is no pair
		{"Armenia shelled the border village on Monday, and each accused the other of provocation.",
			nil}, // and the village no one (unaimed.go)
		{"Armenia shelled the border village on Monday, and each side accused the other of provocation.",
			nil},
	}, false)
}

// TestControlVerbPastOccasion codes roles.go's controlPastPP: an
// infinitive after a verb of agreeing, deciding or pledging takes that
// verb's subject across a phrase of the occasion ("in talks in Brussels",
// "during a phone call") between them.
func TestControlVerbPastOccasion(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Serbia and Kosovo agreed in talks in Brussels on Monday to resume trade.",
			[]string{"SRB 0311 KSV future", "KSV 0311 SRB future"}},
		{"Pakistan and India agreed during a phone call on Sunday to halt all firing along the Line of Control.",
			[]string{"PAK 0871 IND asserted", "IND 0871 PAK asserted"}},
		// a place the actor dictionary does not name ("in Annapolis",
		// "in Sochi"): a phrase of the occasion too
		{"Armenia and Azerbaijan agreed in Alma-Ata on Friday to hold talks.",
			[]string{"ARM 036 AZE future", "AZE 036 ARM future"}},
		{"Ethiopia and Eritrea pledged in Jeddah on Sunday to restore diplomatic ties.",
			[]string{"ETH 032 ERI future", "ERI 032 ETH future"}},
		{"Serbia and Kosovo agreed in Ohrid on Saturday to implement the normalisation plan.",
			[]string{"SRB 030 KSV future", "KSV 030 SRB future"}},
		// near miss: a purpose infinitive after "met in" is the meeting's
		// own, folded into it as before
		{"Ministers met in Doha to discuss the ceasefire.",
			[]string{"QATGOV 040 - asserted"}},
	}, false)
}

// TestBodiesNamedByTitle codes dictionary entries for state bodies and
// offices named by their title alone or with their state's possessive
// (actors/data/agents.txt, institutions.txt): "the Pope" is the Holy
// See's head of state, an investigative committee prosecutes (JUD), an
// external affairs ministry and an electoral bureau are GOV.
func TestBodiesNamedByTitle(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Pope urged Israel and Hamas to agree to a ceasefire.",
			[]string{"VATGOV 0256 ISR asserted", "VATGOV 0256 PSEREB asserted"}},
		{"Belarus's investigative committee opened a criminal case against an exiled opposition blogger.",
			[]string{"BLRJUD 091 - asserted"}},
		{"India's external affairs ministry summoned Canada's envoy on Monday.",
			[]string{"INDGOV 114 CANGOV asserted"}},
		{"Romania's Central Electoral Bureau rejected the far-right candidate's registration.",
			[]string{"ROUGOV 120 - asserted"}},
	}, false)
}

// TestCoordinatedPastReadAsNoun codes roles.go's reading of a past form
// the tagger took for a noun right after the subject and before "and" +
// a second verb: both verbs share the subject ("ousted and arrested").
func TestCoordinatedPastReadAsNoun(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2019-04-10", "Sudan's military ousted and arrested President Omar al-Bashir on Wednesday.",
			[]string{"SDNMIL 173 SDNGOV asserted"}},
		{"2023-08-30", "Gabon's army officers ousted and arrested President Ali Bongo on Wednesday.",
			[]string{"GABMIL 173 GABGOV asserted"}},
		// near miss: a participle modifying a noun is no verb of a clause
		{"2019-04-10", "The ousted and arrested ministers were freed on Wednesday.",
			nil},
	})
}

// TestReportedActorsConjunct codes a conjunct that continues the act of
// the reported clause's actor as theirs: a ransom demand after a
// kidnapping, a conjunct after a past perfect with "and" and no comma.
// A demand after ", and" that is no ransom stays the speaker's.
func TestReportedActorsConjunct(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Nigeria's army said Boko Haram militants had kidnapped 20 girls in Borno, and demanded a ransom.",
			[]string{"NGAREB 181 NGACVL asserted", "NGAREB 100 - asserted"}},
		{"Police in Haiti said gang members had abducted the missionaries, and demanded $17 million.",
			[]string{"HTICRM 181 HTIREL asserted", "HTICRM 100 - asserted"}},
		{"Kenyan police said the suspect had fled and threatened witnesses.", nil},
		// near miss: the speaker's own demand after ", and"
		{"Vietnam said Chinese coast guard vessels had rammed two fishing boats, and demanded compensation.",
			[]string{"VNM 1031 - asserted"}},
	}, false)
}
