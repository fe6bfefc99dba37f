package events_test

import "testing"

// TestTargets codes the families of "right source and root, wrong
// target" (targets.go): an appeal's content clause names whom the appeal
// is for, not whom it is made to; mass violence and deportation aimed at
// a state named alone hit its civilians and deportees; ships are their
// owners' business or their flag's; attacked and abandoned places give
// their state; protests that tell a demand target the government.
func TestTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// appeals: the infinitive's object is no addressee
		{"The UN Security Council called on all parties in Syria to protect civilians.", []string{"IGOUNO 020 - asserted"}},
		{"The ICRC called on all parties in Sudan to protect civilians and allow aid to reach El Fasher.", []string{"NGOHLHIRC 020 - asserted"}},
		{"The International Committee of the Red Cross appealed for $100 million to help families displaced by fighting in Haiti.",
			[]string{"NGOHLHIRC 0233 - asserted"}},
		{"UNHCR appealed for $1 billion to help Sudanese refugees in Chad.", []string{"IGOUNOHCR 0233 - asserted"}},
		// an addressee named before the infinitive stays the target
		{"Amnesty International urged Egypt to release detained journalists.", []string{"NGOHRIAMN 0253 EGY asserted"}},
		{"The European Union called on Israel to allow aid into Gaza.", []string{"IGOEUREEC 0255 ISR asserted"}},
		// victims of mass violence and deportees, not their state
		{"South Africa accused Israel of committing genocide against Palestinians in Gaza.",
			[]string{"ZAF 112 ISR asserted", "ISR 202 PSECVL alleged"}},
		{"Thailand deported 40 Uyghur men to China.", []string{"THA 174 CHNREF asserted"}},
		{"Germany deported 28 Afghan nationals to Afghanistan.", []string{"DEU 174 AFGREF asserted"}},
		// ships: an owner's state is its business; a seized or struck
		// ship's flag is its state, an open registry's too (gold README,
		// decided 2026-12-01)
		{"Houthi rebels fired an anti-ship missile at a Greek-owned bulk carrier in the Gulf of Aden.", []string{"YEMREB 195 GRCBUS asserted"}},
		{"Yemen's Houthis seized a Liberian-flagged cargo ship in the Red Sea.", []string{"YEMREB 171 LBR asserted"}},
		{"Houthi rebels attacked a Liberian-flagged bulk carrier in the Red Sea with drones.", []string{"YEMREB 195 LBR asserted"}},
		// places attacked or withdrawn from: a hedge's speaker is no
		// party, a possessive state owns the place, "pulled out of" is "from"
		{"Iran fired missiles at what it said were militant bases in Pakistan's Balochistan province.", []string{"IRN 195 PAK asserted"}},
		{"India launched missile strikes on what it said were terrorist camps in Pakistan.", []string{"IND 195 PAK asserted"}},
		{"Israeli troops pulled out of two villages in southern Lebanon.", []string{"ISRMIL 0874 LBN asserted"}},
		{"Russian troops pulled out of their positions.", []string{"RUSMIL 0874 - asserted"}},
		{"North Korea fired two ballistic missiles into the sea.", []string{"PRK 150 - asserted"}},
		// protests that tell a demand and strikes threatened over pay
		// are aimed at the protesters' government; a foreign cause is not
		{"Thousands of Serbian students marched in Novi Sad to demand the resignation of the government.", []string{"SRBEDU 1411 SRBGOV asserted"}},
		{"A small group of women staged a rare protest in Kabul, demanding the right to work and study.", []string{"AFGCVL 1413 AFGGOV asserted"}},
		{"Junior doctors in England will strike for five days in a dispute over pay.", []string{"GBRHLH 133 GBRGOV future"}},
		{"Thousands of protesters marched in London to demand a ceasefire in Gaza.", []string{"GBRCVL 141 - asserted"}},
		{"Pro-Palestinian demonstrators marched through central London.", []string{"GBRCVL 141 - asserted"}},
		// an accusation rejected or dismissed is denied, and its accuser
		// accused; one denial per accuser
		{"Iran rejected a British accusation that it had supplied combat drones to Sudan's army.",
			[]string{"IRN 016 GBR asserted", "GBR 112 IRN asserted", "IRN 072 SDNMIL denied"}},
		{"Russia rejected Ukraine's accusations.", []string{"RUS 016 UKR asserted", "UKR 112 RUS asserted"}},
		{"The Philippines rejected China's claims to the South China Sea.", []string{"PHL 120 CHN asserted"}},
		{"Tehran denied any role in the drone attack that killed three U.S. soldiers at a base in Jordan, dismissing Washington's accusations as baseless.",
			[]string{"IRN 016 USA asserted", "USA 112 IRN asserted", "IRN 190 USAMIL denied"}},
		// a demand coordinated with an act of the same subject takes its target
		{"China summoned Japan's ambassador and demanded an apology.", []string{"CHN 114 JPNGOV asserted", "CHN 100 JPNGOV asserted"}},
		{"Russia attacked Ukraine, and Kyiv demanded help.", []string{"RUS 190 UKR asserted", "UKR 100 - asserted"}},
		// a threat's target: the object of the act threatened, else the
		// state whose forces the condition names
		{"Israel's defence minister warned that Israel would strike Beirut if Hezbollah fired rockets at Tel Aviv.",
			[]string{"ISRGOV 138 LBN asserted", "LBNREB 194 ISR hypothetical"}},
		{"North Korea's defence minister warned that Pyongyang would take offensive action if US strategic bombers flew near its territory again.",
			[]string{"PRKGOV 138 USA asserted", "USAMIL 150 - hypothetical"}},
		{"Nigeria's labour unions said they would begin a general strike unless the government raised the minimum wage.",
			[]string{"NGALAB 133 NGAGOV future"}},
		// a protest's grievance names its holder: the jailer, the police
		{"Palestinian prisoners in Israeli jails launched a hunger strike to protest against worsening conditions.", []string{"PSECVL 142 ISRGOV asserted"}},
		{"Protesters torched cars and looted shops in suburbs of Paris in anger over the killing of a teenager by police.", []string{"FRACVL 145 FRACOP asserted"}},
		{"French unions staged a nationwide strike against the pension reform.", []string{"FRALAB 143 FRAGOV asserted"}},
		// sanctions on people described by a state name no state
		{"The European Union slapped sanctions on 16 individuals and entities linked to Russia's shadow fleet of oil tankers.", []string{"IGOEUREEC 163 - asserted"}},
		{"Washington imposed tariffs on buyers of Russian oil.", []string{"USA 163 - asserted"}},
		{"The EU imposed sanctions on Russia.", []string{"IGOEUREEC 163 RUS asserted"}},
	}, false)
}

// TestOwnPersonTarget gives a state's arrest of an unnamed person (a
// driver too) or of a private person named with an age the state's own
// civilians as target; suspects stay no one.
func TestOwnPersonTarget(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Indian police arrested a man accused of spying for Pakistan.", []string{"INDCOP 173 INDCVL asserted"}},
		{"Russian police detained a US citizen in Moscow.", []string{"RUSCOP 173 USACVL asserted"}},
		{"Nigerian police arrested five suspects on Tuesday.", []string{"NGACOP 173 - asserted"}},
		// the driver; a private person named with an age (agedName)
		{"British police arrested the driver after the crash on Tuesday.", []string{"GBRCOP 173 GBRCVL asserted"}},
		{"Kenyan police arrested one Peter Mwangi Kamau, 42, at his home in Nakuru.", []string{"KENCOP 173 KENCVL asserted"}},
		{"Kenyan police detained Grace Achieng, 29, on Monday.", []string{"KENCOP 173 KENCVL asserted"}},
		// a name with no age, or one word: no target, as before
		{"Kenyan police detained Grace Achieng on Monday.", []string{"KENCOP 173 - asserted"}},
		{"Kenyan police arrested Kamau, 42, on Monday.", []string{"KENCOP 173 - asserted"}},
	}, false)
}

// TestArrestedPeopleTargets widens TestOwnPersonTarget: part of a group
// told by a possessive ("dozens of his supporters"), more nouns for
// people ([unnamed persons]: supporters, staff, a researcher) and a
// conviction (116) give the state's own civilians; a former office holder
// no dictionary knows, with or without a name, is the state alone
// (CODING.md: former officeholders take the country code). Suspects, a
// named group's supporters and a known former president keep what they
// had.
func TestArrestedPeopleTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Egyptian police arrested dozens of his supporters in Cairo on Wednesday.", []string{"EGYCOP 173 EGYCVL asserted"}},
		{"Zimbabwean police arrested 41 of its staff on Thursday.", []string{"ZWECOP 173 ZWECVL asserted"}},
		{"British police arrested a parliamentary researcher in March on suspicion of spying for China.", []string{"GBRCOP 173 GBRCVL asserted"}},
		{"A Turkish court found a man guilty of espionage on Tuesday.", []string{"TURJUD 116 TURCVL asserted"}},
		// opposition supporters are OPP (gold README), "ahead of" after them or not
		{"Pakistani police arrested 30 opposition supporters ahead of Sunday's rally in Lahore.", []string{"PAKCOP 173 PAKOPP asserted"}},
		{"A Guatemalan court convicted former dictator Efrain Rios Montt of genocide on Friday.", []string{"GTMJUD 116 GTM asserted"}},
		{"A court in Bangkok found a former opposition lawmaker guilty of insulting the monarchy.", []string{"THAJUD 116 THA asserted"}},
		{"Syrian security forces arrested a former Assad-era air force general in Latakia.", []string{"SYRCOP 173 SYR asserted"}},
		{"Egyptian police arrested a former army officer in Cairo.", []string{"EGYCOP 173 EGY asserted"}},
		// near misses: suspects, a named group's supporters, a known former president
		{"Nigerian police arrested five suspects on Tuesday.", []string{"NGACOP 173 - asserted"}},
		{"Russian police detained dozens of Navalny supporters on Sunday.", []string{"RUSCOP 173 - asserted"}},
		{"A Peruvian court convicted former President Pedro Castillo of conspiracy on Thursday.", []string{"PERJUD 116 PER asserted"}},
	}, false)
}

// TestPassiveAndStateArrestsOfPersons widens TestOwnPersonTarget to the
// passive and to a state named alone: an unnamed person as the subject of
// a passive arrest ("A woman was arrested by French police", "The man,
// who …, was detained by Nigeria's military") and the object of an arrest
// by a state named alone ("Britain arrested a parliamentary researcher")
// are the arresting state's own civilians, or those of the country of a
// place named after them ("Israel arrested a man in Jenin": PSECVL).
// An unresolved pronoun ("He was detained by Russian security services")
// may be a foreigner told before and stays no one, as suspects do; a
// subject the matcher names keeps its own code.
func TestPassiveAndStateArrestsOfPersons(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// an unresolved pronoun may be a foreigner told before: no target
		{"He was arrested by British police at Manchester airport on Tuesday.", []string{"GBRCOP 173 - asserted"}},
		{"She was detained by Iranian security forces in Tehran on Monday.", []string{"IRNCOP 173 - asserted"}},
		{"An American reporter travelled to Yekaterinburg in March. He was detained by Russian security services on spying charges.", []string{"RUSCOP 173 - asserted"}},
		{"A Canadian businessman visited Beijing. He was arrested by Chinese police.", []string{"CANBUS 042 CHN asserted", "CHN 043 CANBUS asserted", "CHNCOP 173 - asserted"}},
		{"Two Filipino fishermen sailed near the shoal. They were detained by the Chinese coast guard.", []string{"PHLCVL 150 - asserted", "CHNMIL 173 - asserted"}},
		// a place of another country named: its civilians
		{"Russia detained a man in occupied Kherson.", []string{"RUS 173 UKRCVL asserted"}},
		{"Israel arrested a man in Jenin on Tuesday.", []string{"ISR 173 PSECVL asserted"}},
		{"A man was arrested by Israeli forces in Nablus on Monday.", []string{"ISRMIL 173 PSECVL asserted"}},
		{"Turkish police detained a woman in Istanbul on Friday.", []string{"TURCOP 173 TURCVL asserted"}},
		{"A woman was arrested by French police in Paris on Sunday.", []string{"FRACOP 173 FRACVL asserted"}},
		{"The man, who said he had been kidnapped by Boko Haram, was detained by Nigeria's military.", []string{
			"NGAREB 181 NGACVL asserted", "NGAMIL 173 NGACVL asserted"}},
		{"Britain arrested a parliamentary researcher in March on suspicion of spying for China.", []string{"GBR 173 GBRCVL asserted"}},
		{"Belarus detained a teenager on Monday over a social media post.", []string{"BLR 173 BLRCVL asserted"}},
		{"China detained two men in Shanghai on Friday.", []string{"CHN 173 CHNCVL asserted"}},
		// near misses: suspects, a named subject
		{"Three suspects were arrested by Kenyan police on Monday.", []string{"KENCOP 173 - asserted"}},
		{"Britain arrested three suspects on Monday.", []string{"GBR 173 - asserted"}},
		{"Opposition leader Kizza Besigye was detained by Ugandan police on Monday.", []string{"UGACOP 173 UGAOPP asserted"}},
	}, false)
}

// TestAirdrops codes aid dropped over a place as aid to the place's state,
// flown by the air force whose planes drop it.
func TestAirdrops(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Jordanian air force planes dropped medical supplies over a field hospital in northern Gaza on Sunday.", []string{"JORMIL 073 PSE asserted"}},
		{"Jordanian air force planes airdropped food parcels over northern Gaza on Monday.", []string{"JORMIL 073 PSE asserted"}},
		{"Jordanian air force planes bombed Syrian army positions.", []string{"JORMIL 195 SYRMIL asserted"}},
	}, false)
}

// TestCoordinatedObjectTarget codes team-written sentences where a
// coordinated object ("tear gas and live rounds") stands between the verb
// and its target: it does not end the search for the target ("live" is no
// second verb), while a real second verb after "and" still ends it. Each
// want lists every event of the sentence as "SOURCE CAMEO TARGET status
// date", in any order.
func TestCoordinatedObjectTarget(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// a coordinated object ("tear gas and live rounds") does not end the
		// search for the target: "live" is no second verb
		{"Kenyan police fired tear gas and live rounds at protesters.",
			[]string{"KENCOP 175 KENCVL asserted 2024-07-13"}},
		{"Serbian police fired tear gas and stun grenades at students in Belgrade on Friday.",
			[]string{"SRBCOP 175 SRBEDU asserted 2024-07-12"}},
		// a real second verb after "and" still ends it
		{"Kenyan police fired tear gas and arrested dozens of protesters on Tuesday.",
			[]string{"KENCOP 175 KENCVL asserted 2024-07-09", "KENCOP 173 KENCVL asserted 2024-07-09"}},
	}, true)
}

// TestObjectTargets codes team-written sentences whose target is a people
// or an office in the object: a people receiving aid stands for its state;
// whose acts are investigated, officials a court or the police act on, who
// receives praise and naval officers trained are targets; "its" of another
// state than the source's is a target, the people of a town named by its
// people's adjective, and a court is the venue of an accusation, not its
// target. Each want lists every event of the sentence as "SOURCE CAMEO
// TARGET status date", in any order.
func TestObjectTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// a people receiving aid stands for its state
		{"Egyptian army helicopters dropped food parcels to Palestinians in southern Gaza on Monday.",
			[]string{"EGYMIL 073 PSE asserted 2024-07-08"}},
		// whose acts are investigated; officials a court or the police act
		// on; who receives praise; naval officers
		{"The UN said it would investigate abuses by Sudanese troops in Darfur.",
			[]string{"IGOUNO 092 SDNMIL future 2024-07-13"}},
		{"Kenyan prosecutors are investigating the governor of Nairobi over the missing funds.",
			[]string{"KENJUD 091 KENGOV asserted 2024-07-13"}},
		{"Brazil's president heaped praise on Chile's government on Monday.",
			[]string{"BRAGOV 051 CHLGOV asserted 2024-07-08"}},
		{"France has begun training Moroccan naval officers.",
			[]string{"FRA 062 MARMIL asserted 2024-07-13"}},
		// "its" of another state than the source's is a target; the
		// people of a town named by its people's adjective; a court as
		// the venue of an accusation
		{"Ukraine's navy said Russian jets had dropped bombs on its sailors near Odesa.",
			[]string{"RUSMIL 195 UKRMIL asserted 2024-07-13"}},
		{"Militias killed dozens of civilians in the Tigrayan village of Dengelat.",
			[]string{"ETHUAF 202 ETHCVL asserted 2024-07-13"}},
		{"Iran accused Israel of war crimes at the International Court of Justice.",
			[]string{"IRN 112 ISR asserted 2024-07-13"}},
	}, true)
}

// TestSummonedOwnCabinet codes summons: summoning one's own cabinet
// complains to nobody, summoning another state's envoy stays 114. Each
// case is a short article (paragraphs in order) published on 2024-07-13 (a
// Saturday); want lists every event of the last paragraph as eventLine(e,
// true), in any order.
func TestSummonedOwnCabinet(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		// 6: summoning one's own cabinet complains to nobody; an envoy stays 114
		{[]string{"Keir Starmer has summoned an emergency cabinet meeting to discuss possible military options against Iran."},
			nil},
		{[]string{"Britain summoned Russia's ambassador on Monday over the poisoning."},
			[]string{"GBR 114 RUSGOV asserted 2024-07-08"}},
	})
}

// TestStatePossessiveBeforeOrganisation codes a state's thing named
// after an international organisation ("Sweden's NATO bid", "Finland's
// EU application"): the state whose bid it is is the target, not the
// organisation; a state's envoy at the organisation acts for the state.
func TestStatePossessiveBeforeOrganisation(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Hungary blocked Sweden's NATO bid on Monday.",
			[]string{"HUN 129 SWE asserted"}},
		{"Turkey rejected Finland's EU application on Tuesday.",
			[]string{"TUR 120 FIN asserted"}},
		{"Moscow condemned Ukraine's NATO ambitions.",
			[]string{"RUS 111 UKR asserted"}},
		{"Germany backed Ukraine's EU bid on Friday.",
			[]string{"DEU 051 UKR asserted"}},
		// near miss: the envoy is the state's, the target the one named
		{"Russia's U.N. envoy criticised Ukraine on Monday.",
			[]string{"RUSGOV 111 UKR asserted"}},
	}, false)
}
