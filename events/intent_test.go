package events_test

import "testing"

// TestIntentPhrasing codes team-written sentences for the complement
// rules of intent.go and roles.go: an infinitive after a coordinated verb
// takes the first verb's subject ("met … and agreed to reopen"), a quoted
// infinitive ("vowed to “always stand with”"), a threat with no named
// target aims at the party its source has just attacked, and a means
// gerund ("by hosting") takes the subject of the verb it modifies. Each
// want lists every event of the sentence as "SOURCE CAMEO TARGET status"
// ("-" for no target), in any order.
func TestIntentPhrasing(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Thai and Cambodian negotiators met in Kuala Lumpur on Monday and agreed to reopen border crossings.",
			[]string{"THAGOV 044 KHMGOV asserted", "KHMGOV 044 THAGOV asserted", "THAGOV 0311 KHMGOV future", "KHMGOV 0311 THAGOV future"}},
		{"The Houthis shelled Saudi border posts on Monday and vowed to impose a naval blockade on the kingdom.",
			[]string{"YEMREB 194 SAUMIL asserted", "YEMREB 1381 SAU asserted"}},
		{`Serbian President Aleksandar Vucic vowed to "always stand with" Moscow.`,
			[]string{"SRBGOV 032 RUS future"}},
		{"Brazil's president defied Washington on Monday by hosting Russian President Vladimir Putin in Brasilia.",
			[]string{"BRAGOV 128 USA asserted", "BRAGOV 043 RUSGOV asserted", "RUSGOV 042 BRAGOV asserted"}},
		// tagger: a demonym's noun ("a Palestinian state") is no speech
		// verb, nor a base form before "warrant" a verb
		{"Egypt said on Tuesday it would soon recognise a Palestinian state.",
			[]string{"EGY 032 PSE future"}},
		{"Police searched the compound with a search warrant on Monday.",
			nil},
	}, false)
}

// TestVictimCodes codes team-written sentences for killCode (intent.go)
// and the clause rules around protests: a named person killed is
// assassinated (186), one shot in an assassination attempt is the
// attempt (185), thirty or more people killed a mass killing (202); a
// participle ", demanding …" tells a protest's aim; a clause opened by
// ", before" is no part of the demand before it; "them" is never a place.
func TestVictimCodes(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Gunmen shot dead Mexican senator Luis Ortega outside his home on Monday.",
			[]string{"MEXUAF 186 MEXLEG asserted"}},
		{"A gunman shot and wounded Brazilian President Lula in an assassination attempt in Brasilia on Friday.",
			[]string{"BRAUAF 185 BRAGOV asserted"}},
		{"Jihadists killed at least 35 villagers in northern Burkina Faso on Sunday.",
			[]string{"BFAREB 202 BFACVL asserted"}},
		{"Jihadists killed 12 villagers in northern Burkina Faso on Sunday.",
			[]string{"BFAREB 180 BFACVL asserted"}},
		{"Boko Haram fighters killed a Nigerian soldier on Monday.",
			[]string{"NGAREB 180 NGAMIL asserted"}},
		{"Dozens of students held a sit-in outside parliament in Kampala, demanding the right to vote, before Ugandan police dispersed them with batons.",
			[]string{"UGAEDU 1413 UGAGOV asserted", "UGACOP 175 UGAEDU asserted"}},
	}, false)
}

// TestIntentPhrasing3 codes team-written sentences for the third wire
// phrasing pass of verbs.txt: intended work with a party (030; an
// asserted "worked with" is no event), leading a multinational force
// abroad (074, its intent 0334, the place after "in" its target), joint
// patrols stepped up (062), Patriot batteries sent (072), openness to a
// meeting (036); and the tagger's plural noun inside a preposition's
// object ("for their first formal talks").
func TestIntentPhrasing3(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Indonesia is ready to work with Australia to curb illegal fishing.",
			[]string{"IDN 030 AUS future"}},
		{"Indonesian divers worked with Australian police on the rescue.",
			nil},
		{"Rwanda offered on Monday to lead a multinational security force in Mozambique.",
			[]string{"RWA 0334 MOZ future"}},
		{"Chile and Peru agreed to step up joint naval patrols off their coasts.",
			[]string{"CHL 0312 PER future", "PER 0312 CHL future"}},
		{"Spain promised on Friday to send Ukraine more Patriot batteries.",
			[]string{"ESP 0332 UKR future"}},
		{"Japanese Prime Minister Fumio Kishida said on Monday he was open to a meeting with Chinese President Xi Jinping.",
			[]string{"JPNGOV 036 CHNGOV future"}},
		{"Turkish and Greek diplomats met in Athens for their first formal talks in five years, agreeing to resume flights.",
			[]string{"TURGOV 040 GRCGOV asserted", "GRCGOV 040 TURGOV asserted", "TURGOV 0311 GRCGOV future", "GRCGOV 0311 TURGOV future"}},
	}, false)
}

// TestPhrasingPass4 codes team-written sentences for the fourth pass:
// "saw no reason for optimism" (012, asserted: the "no" is the pattern's),
// weighing whether (014), owning up to an attack (015), seeing eye to eye
// (019), leaping to a defence (052), an inked declaration (057), training
// naval officers (062), an examination into abuses (092), a call for a
// leader's resignation (0241), a bill withdrawn (1042, no pullout), a
// march whose demand names the government (1412) with nothing demanded
// coded, a warning whose condition names the one warned, and a threat's
// target past a quotation.
func TestPhrasingPass4(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"The Kremlin said it saw no reason for optimism about the talks.",
			[]string{"RUSGOV 012 - asserted"}},
		{"The Kremlin said it did not see any reason for optimism.",
			nil},
		{"Canada is weighing whether to scrap its digital tax.",
			[]string{"CAN 014 - asserted"}},
		{"The Pakistani Taliban owned up to a bombing in Peshawar on Monday.",
			[]string{"PAKREB 015 - asserted", "PAKREB 183 PAKCVL asserted"}},
		{"Japan saw eye to eye with South Korea on North Korea's missiles.",
			[]string{"JPN 019 KOR asserted"}},
		{"Polish President Andrzej Duda leapt to the defence of Lithuania's government.",
			[]string{"POLGOV 052 LTUGOV asserted"}},
		{"The leaders of Serbia and Kosovo inked a declaration in Brussels.",
			[]string{"SRBGOV 057 KSVGOV asserted", "KSVGOV 057 SRBGOV asserted"}},
		{"Britain has begun training Ukrainian naval officers.",
			[]string{"GBR 062 UKRMIL asserted"}},
		{"The UN rights office has opened an examination into alleged abuses by Eritrean troops.",
			[]string{"IGOUNO 092 ERIMIL asserted"}},
		{"Hungarian activists called for the resignation of Hungarian Prime Minister Viktor Orban.",
			[]string{"HUNCVL 0241 HUNGOV asserted"}},
		{"French farmers demanded the withdrawal of a new pesticide law.",
			[]string{"FRAAGR 1042 - asserted"}},
		{"Beijing demanded that Manila withdraw its troops from the shoal.",
			[]string{"CHN 1056 PHLMIL asserted"}},
		{"Thousands of Chileans marched in Santiago to demand that Chile's government scrap a pension reform.",
			[]string{"CHLCVL 1412 CHLGOV asserted"}},
		{"Russia warned it would take countermeasures if Finland joined NATO.",
			[]string{"RUS 130 FIN asserted", "FIN 050 IGOWSTNAT hypothetical"}},
		{`Hezbollah threatened on Sunday to strike "every port" of Israel.`,
			[]string{"LBNREB 138 ISR asserted"}},
	}, false)
}

// TestPhrasingPass5 codes team-written sentences for the fifth pass: a
// policy under consideration (014, progressive "considering" before a
// noun phrase; a plain "considered the offer" stays uncoded), engaging
// with a party as intended (036; an asserted one is no event), a tip-off
// (064; "off" a verb's particle, not the sea off a country), joint drills
// wrapped up (150), staying off work (143), an arrest ordered (173), a
// deposit extended (071), tearing into someone (111), and a threat with no
// target after an accusation: the accused, out of the accusation's scope.
func TestPhrasingPass5(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Kenya's treasury is considering a new bond sale to pay off debts.",
			[]string{"KENGOV 014 - asserted"}},
		{"The treasury considered the offer carefully.",
			nil},
		{"Venezuela said it was ready to engage with Washington on migration.",
			[]string{"VEN 036 USA future"}},
		{"Venezuelan officials engaged with the crowd on Monday.",
			nil},
		{"Britain's MI6 tipped off Paris about the plot.",
			[]string{"GBRSPY 064 FRA asserted"}},
		{"Navies from India and France wrapped up joint drills in the Arabian Sea on Friday.",
			[]string{"INDMIL 150 - asserted", "FRAMIL 150 - asserted"}},
		{"Nurses in Kenya have stayed off work for two weeks.",
			[]string{"KENHLH 143 KENGOV asserted"}},
		{"A Lima court ordered the arrest of former Peruvian president Pedro Castillo on Monday.",
			[]string{"PERJUD 173 PER asserted"}},
		{"Qatar extended a $3 billion deposit to Egypt on Monday.",
			[]string{"QAT 071 EGY asserted"}},
		{"Former French President Nicolas Sarkozy tore into the government on Monday.",
			[]string{"FRA 111 FRAGOV asserted"}}, // a person's own government (targets_oblique.go, gold d5a024)
		{"Hezbollah accused Israel of shelling Lebanese villages and vowed revenge.",
			[]string{"LBNREB 112 ISR asserted", "ISR 194 LBN alleged", "LBNREB 138 ISR asserted"}},
	}, false)
}

// TestPhrasingPass6 codes team-written sentences for the sixth pass: a
// subordinate clause is no reduced relative ("as thousands of Turks
// rallied"), a participle's coordinated object before the finite verb
// ("commandos wielding rifles boarded …"), "their"/"its" after a second
// coordinated verb is the first verb's object, a labour strike to come is
// its threat (133), and a participle after a signed pact is what the pact
// promises, not an event of its own.
func TestPhrasingPass6(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"The president left on Friday as thousands of Turks rallied in Ankara against the government.",
			[]string{"TURCVL 141 TURGOV asserted"}},
		{"Iranian commandos wielding rifles boarded a Greek tanker and seized its cargo.",
			[]string{"IRNMIL 171 GRC asserted"}},
		{"Iraqi gunmen rampaged through the town, burning shops and beating residents.",
			[]string{"IRQUAF 182 IRQCVL asserted"}},
		{"Teachers in Nigeria will strike from Monday over unpaid salaries.",
			[]string{"NGAEDU 133 NGAGOV future"}},
		{"Vietnam and Australia signed a trade pact in Hanoi on Monday, lowering tariffs on farm goods.",
			[]string{"VNM 057 AUS asserted", "AUS 057 VNM asserted"}},
	}, false)
}

// TestPhrasingPass7 codes team-written sentences for the seventh pass: a
// crossing reopened to let aid in (0863, one act, the place entered its
// target; a bare reopening stays 061), a deadline given to a party (139;
// "gave aid until" is none), aid agencies shut (1663), a parliament's vote
// enacting what it votes (asserted), and a reaction drawn from another
// party, who is its source ("drawing a sharp rebuke from Pakistan").
func TestPhrasingPass7(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Lebanon reopened the Masnaa crossing on Monday to let aid convoys into Syria.",
			[]string{"LBN 0863 SYR asserted"}},
		{"Lebanon reopened the Masnaa crossing on Monday.",
			[]string{"LBN 061 - asserted"}},
		{"The Pentagon gave the Houthis until Friday to stop attacks on shipping.",
			[]string{"USAGOV 139 YEMREB asserted"}},
		{"Germany gave aid to Sudan until 2020.",
			nil},
		{"Mali's junta ordered the closure of all foreign aid agencies on Monday.",
			[]string{"MLIGOV 1663 - asserted"}},
		{"Australia's parliament voted on Monday to expel the Iranian ambassador.",
			[]string{"AUSLEG 161 IRNGOV asserted"}},
		{"India tested a missile on Monday, drawing a sharp rebuke from Pakistan.",
			[]string{"IND 150 - asserted", "PAK 111 IND asserted"}},
		{"Ireland recognised a Palestinian state on Tuesday, drawing praise from Hamas.",
			[]string{"IRL 054 PSE asserted", "PSEREB 051 IRL asserted"}},
		{"The plan drew criticism from economists.",
			nil},
	}, false)
}

// TestPhrasingPass8 codes team-written sentences for the eighth pass: a
// response's target is whom it answers ("retaliate against any attack by
// Israel"), a response made with air strikes is one (195), aid sent
// "into" a place targets it, police sent abroad keep the peace (074, its
// pledge 0334) and sent at home step up security (153).
func TestPhrasingPass8(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Iran said it would retaliate against any attack by Israel.",
			[]string{"IRN 138 ISR future"}},
		{"Syria's army responded to the rebel offensive with air strikes.",
			[]string{"SYRMIL 195 - asserted"}},
		{"Egypt sent 50 trucks of food and medicine into Gaza on Monday.",
			[]string{"EGY 073 PSE asserted"}},
		{"Turkey airlifted tents and blankets to Syria.",
			[]string{"TUR 073 SYR asserted"}},
		{"Kenya pledged to send 1,000 police officers to Haiti.",
			[]string{"KEN 0334 HTI future"}},
		{"Nigeria's police deployed 3,000 extra officers to Abuja on Monday.",
			[]string{"NGACOP 153 - asserted"}},
		{"Police officers were sent to the scene.",
			nil},
	}, false)
}

// TestPhrasingPass9 codes team-written sentences for the ninth pass: a
// probe "into alleged abuses by" an actor targets it, live rounds or
// rubber bullets fired at protesters are repression (175; in drills a
// show of force), troops or police arriving somewhere are no visit, a
// proposal turned down is a rejected plan (127), and a mandative
// subjunctive after "insisted that" is a demand for that act.
func TestPhrasingPass9(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"The UN opened an inquiry into alleged abuses by Ethiopian troops.",
			[]string{"IGOUNO 092 ETHMIL asserted"}},
		{"Zimbabwean police fired rubber bullets at opposition supporters in Harare.",
			[]string{"ZWECOP 175 ZWEOPP asserted"}},
		{"Chinese troops fired live rounds in drills near Taiwan.",
			[]string{"CHNMIL 150 TWN asserted"}},
		{"A Ukrainian army unit arrived in Poland for training.",
			nil},
		{"Hamas turned down Israel's proposal for a truce.",
			[]string{"PSEREB 127 ISR asserted"}},
		{"Turkey insisted that Sweden extradite the suspects.",
			[]string{"TUR 1013 SWE asserted"}},
		{"Iran insists that it does not seek nuclear weapons.",
			nil},
	}, false)
}

// TestHolderTarget codes team-written sentences for holderTarget: a
// demand or appeal for people's release or return is addressed to the
// state that holds them when the text names it after the people.
func TestHolderTarget(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Armenia demanded the return of Armenian soldiers captured by Azerbaijan.",
			[]string{"ARM 1053 AZE asserted"}},
		{"Kyiv demanded the return of civilians deported to Belarus.",
			[]string{"UKR 1053 BLR asserted"}},
		{"The European Parliament demanded the immediate release of political prisoners in Belarus.",
			[]string{"IGOEUREEC 1053 BLR asserted"}},
		{"Britain demanded the release of a British journalist.",
			[]string{"GBR 1053 GBRMED asserted"}},
	}, false)
}

// TestPhrasingPass10 codes team-written sentences for the tenth pass:
// aid agreed to goes one way ("agreed to provide Cambodia with military
// equipment", 0332, not mutual), military equipment provided is military
// aid, announced loans are loans (071), and a threat to annihilate a
// state threatens force (138).
func TestPhrasingPass10(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"China agreed to provide Cambodia with military equipment.",
			[]string{"CHN 0332 KHM future"}},
		{"Russia supplied military hardware to Myanmar's army last year.",
			[]string{"RUS 072 MMRMIL asserted"}},
		{"Japan announced new loans to Indonesia on Monday.",
			[]string{"JPN 071 IDN asserted"}},
		{"Kim Jong Un threatened to annihilate South Korea.",
			[]string{"PRKGOV 138 KOR asserted"}},
		{"Serbia and Hungary agreed to resume flights.",
			[]string{"SRB 0311 HUN future", "HUN 0311 SRB future"}},
	}, false)
}

// TestAuthorTarget codes team-written sentences for authorTarget: a
// rejected or criticised thing's author named by "proposed/drafted by"
// is the target; a participle with no "by" names none.
func TestAuthorTarget(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Russia rejected a peace plan proposed by Ukraine.",
			[]string{"RUS 127 UKR asserted"}},
		{"China criticised a resolution drafted by France.",
			[]string{"CHN 111 FRA asserted"}},
		{"Iran condemned the sanctions imposed on Monday.",
			[]string{"IRN 111 - asserted"}},
	}, false)
}

// TestPhrasingPass11 codes team-written sentences for the eleventh pass:
// the people of forces named before them ("Dutch air defence crews",
// "army units") are the subject, and others urged to unite against a
// party is the urger rallying opposition to it (113).
func TestPhrasingPass11(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"German and Norwegian air defence crews deployed Patriot batteries to Lithuania on Monday.",
			[]string{"DEUMIL 074 LTU asserted", "NORMIL 074 LTU asserted"}},
		{"Iran's foreign minister urged Arab states to unite against Israel.",
			[]string{"IRNGOV 113 ISR asserted"}},
		{"Mali, Niger and Burkina Faso formed an alliance against ECOWAS.",
			[]string{"MLI 113 IGOWAFECO asserted", "NER 113 IGOWAFECO asserted", "BFA 113 IGOWAFECO asserted"}},
	}, false)
}

// TestAidCarrier codes team-written sentences for aidCarrier: a state's
// plane, ship or convoy carrying aid that lands or arrives somewhere
// delivers the aid there (073); one carrying people is no event.
func TestAidCarrier(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"A Turkish ship carrying aid arrived in Gaza on Monday.",
			[]string{"TUR 073 PSE asserted"}},
		{"An Emirati plane carrying 40 tonnes of food landed in Khartoum on Friday.",
			[]string{"ARE 073 SDN asserted"}},
		{"A Russian plane carrying diplomats landed in Pyongyang.",
			nil},
	}, false)
}

// TestCallParties codes team-written sentences for callParties and
// attributionBetween: a call named as where something was told holds the
// teller and the one told (041 both ways), also after an appeal whose
// complement the attribution tail ends; reporters told are no party.
func TestCallParties(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Indian Prime Minister Narendra Modi told French President Emmanuel Macron in a phone call on Monday that India would stay neutral.",
			[]string{"INDGOV 041 FRAGOV asserted", "FRAGOV 041 INDGOV asserted"}},
		{"Putin told reporters in a phone call that he was ready.",
			nil},
	}, false)
}

// TestProbeOwner codes team-written sentences for intoActor's possessive
// place: a probe into a state's conduct targets the state; a probe into
// deaths somewhere names no target.
func TestProbeOwner(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"The ICC opened an investigation into Venezuela's conduct during the protests.",
			[]string{"IGOICC 090 VEN asserted"}},
		{"Kenya opened an inquiry into deaths in Nairobi.",
			[]string{"KEN 090 - asserted"}},
	}, false)
}
