package events_test

import "testing"

// TestParticipleAgent codes participle_agent.go: the "by" agent of a
// participle modifying a weapon or force noun is the source of the
// clause's verb ([agent participles], [agent nouns]); aid a party gave
// that arrives is that party's aid to the place ([aid participles], [aid
// goods]); a participle set off by a comma after the clause's verb is a
// passive like the bare reduced relative. Guards: a maker or supplier is
// no doer, aid trucks entering a place make no incursion, and a
// participle inside the subject tells background.
func TestParticipleAgent(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// (a, b) weapon or force noun + participle + agent, subject of the act
		{"Rockets fired by Hezbollah killed three Israeli soldiers near the border on Sunday.",
			[]string{"LBNREB 190 ISRMIL asserted"}},
		{"Drones launched by the Houthis struck a Saudi oil terminal on Tuesday.",
			[]string{"YEMREB 1952 SAU asserted"}}, // drones' strike: 1952 (gold README)
		{"Missiles fired by Russian forces killed four Ukrainian civilians in Sumy on Friday.",
			[]string{"RUSMIL 190 UKRCVL asserted"}},
		{"Troops sent by Rwanda attacked Congolese army positions near Goma on Monday.",
			[]string{"RWA 190 CODMIL asserted"}},
		// the firer, not the maker
		{"A Russian-made missile fired by Ukraine struck a Russian airbase in Crimea on Wednesday.",
			[]string{"UKR 195 RUSMIL asserted"}}, // a missile strike: 195
		// a supplier is no doer
		{"Weapons supplied by the United States struck Russian positions near Kursk on Monday.",
			nil},
		// aid given by a party arrives: its aid to the place, with or without commas
		{"Tents and blankets donated by Turkey arrived in Damascus on Monday.",
			[]string{"TUR 073 SYR asserted"}},
		{"A cargo of flour, donated by India, arrived in Kabul on Friday.",
			[]string{"IND 073 AFG asserted"}},
		{"Medicines supplied by the World Health Organization arrived in Gaza on Wednesday.",
			[]string{"IGOUNOWHO 073 PSE asserted"}},
		// aid trucks are no force entering a place
		{"Aid trucks sent by Jordan entered Gaza on Sunday.",
			nil},
		// a participle set off after the clause's verb: a passive with its agent
		{"Armenia and Azerbaijan signed a peace accord in Washington on Friday, brokered by the United States.",
			[]string{"ARM 057 AZE asserted", "AZE 057 ARM asserted", "USA 045 ARM asserted", "USA 045 AZE asserted"}},
		{"Israel and Hamas agreed to a ceasefire on Wednesday, mediated by Qatar and Egypt.",
			[]string{"ISR 0871 PSEREB asserted", "PSEREB 0871 ISR asserted", "QAT 045 ISR asserted", "QAT 045 PSEREB asserted", "EGY 045 ISR asserted", "EGY 045 PSEREB asserted"}},
		// inside the subject: background, no mediation told
		{"The truce, brokered by Egypt in March, largely held over the weekend.",
			nil},
	}, false)
}

// TestByAgentPlaceWords codes roles.go byAgent reading past a determiner
// and a place's name words to the agent noun (nameWords): "by a New York
// jury", "by a Sao Paulo court"; a one-word place was read before ("by a
// Hong Kong court" is one mention).
func TestByAgentPlaceWords(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Businessman Carlos Mendes was convicted by a New York jury on Thursday of wire fraud.",
			[]string{"USAJUD 116 - asserted"}},
		{"The mining executive was found guilty by a Sao Paulo court on Friday of bribery.",
			[]string{"BRAJUD 116 BRABUS asserted"}}, // a mining executive is business (agents.txt, coder70a; gold W58049)
		{"The journalist was sentenced by a Tel Aviv court on Monday.",
			[]string{"ISRJUD 173 ISRMED asserted"}},
		// unchanged: the agent within three words
		{"Two activists were jailed by a Hong Kong court on Tuesday for taking part in a protest.",
			[]string{"HKGJUD 173 HKGCVL asserted"}},
	}, false)
}

// TestAidArrivalNamesAid codes participle_agent.go namesAid: a vehicle,
// container or amount ([aid carriers]) that arrives is aid (073) only
// when its noun phrase names aid ([aid goods]): as a modifier ("aid
// lorries", "medical equipment") or as the noun of its "of" complement
// ("a consignment of rice"). Ships, planes or equipment a party sent
// with no aid named make no aid.
func TestAidArrivalNamesAid(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// carriers with aid named in the phrase
		{"A convoy of relief trucks dispatched by Egypt arrived in Port Sudan on Saturday.",
			[]string{"EGY 073 SDN asserted"}},
		{"A consignment of rice, donated by Vietnam, arrived in Mogadishu on Tuesday.",
			[]string{"VNM 073 SOM asserted"}},
		{"Medical equipment and tents supplied by South Korea arrived in Kathmandu on Sunday.",
			[]string{"KOR 073 NPL asserted"}},
		{"Two planeloads of flour, flown by the Pakistani air force, landed in Kabul on Friday.",
			[]string{"PAKMIL 073 AFG asserted"}},
		// vehicles, containers and amounts with no aid named
		{"Warships dispatched by India arrived in Colombo on Thursday for a joint drill.",
			nil},
		{"Transport planes sent by Egypt arrived in Khartoum on Monday to fly out Egyptian nationals.",
			nil},
		{"A shipment of rifles supplied by Belarus arrived in Bamako on Wednesday.",
			nil},
		{"Equipment provided by China arrived in Harare on Friday, officials said.",
			nil},
		// guard from review: a navy's ships for an exercise
		{"Ships sent by Russia arrived in Havana on Wednesday for naval exercises.",
			nil},
	}, false)
}

// TestSetOffReactionTarget codes participle_agent.go
// setOffReactionTarget: a criticism or condemnation told by a participle
// set off after its clause reacts to the clause's act, so its target is
// the clause's subject, not the noun before the comma; an accusation's
// participle still names the accused before it.
func TestSetOffReactionTarget(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Serbia blocked the regional trade pact on Tuesday, criticised by Albania and North Macedonia.",
			[]string{"ALB 111 SRB asserted", "MKD 111 SRB asserted"}},
		{"Azerbaijan shelled Armenian villages near the border on Friday, condemned by France as a violation of the truce.",
			[]string{"AZE 194 ARM asserted", "FRA 111 AZE asserted"}},
		{"Myanmar's junta executed four activists on Monday, denounced by the United Nations as a crime.",
			[]string{"MMRGOV 1823 MMRCVL asserted", "IGOUNO 111 MMRGOV asserted"}},
		// an accusation names the accused before the comma
		{"Chadian police arrested an opposition leader in N'Djamena on Friday, accused by the government of plotting a coup.",
			[]string{"TCDCOP 173 TCDOPP asserted", "TCDGOV 112 TCDOPP asserted"}},
	}, false)
}
