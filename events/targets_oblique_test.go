package events_test

import (
	"fmt"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/events"
)

// TestOwnPeople checks, on sentences written for this test, that a
// state's people acting on "the government" act on their own state's, and
// police with no country act on their own state's people,
// not on a government named in an earlier sentence, and that militants
// "based" in a state are that state's.
func TestOwnPeople(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"The Australian Government condemned China on Monday. Lesotho residents protested against the government on Tuesday.",
			[]string{"AUSGOV 111 CHN asserted", "LSOCVL 141 LSOGOV asserted"}},
		{"Belarus freed 14 prisoners on Saturday. Pakistan-based militants attacked Indian troops on Monday.",
			[]string{"BLR 0841 BLRCVL asserted", "PAKREB 190 INDMIL asserted"}},
		{"The United States condemned the crackdown on Monday. Police beat Georgian protesters in Tbilisi overnight.",
			[]string{"USA 111 - asserted", "GEOCOP 175 GEOCVL asserted"}},
		{"Germany criticised the crackdown. Police fired tear gas at Kenyan protesters in Nairobi on Monday.",
			[]string{"DEU 111 - asserted", "KENCOP 175 KENCVL asserted"}},
		{"Former U.S. President Jimmy Carter criticised Israel on Monday.",
			[]string{"USA 111 ISR asserted"}},
	}, false)
}

// TestCalledTheAct codes refine.go's actInSpan: a criticism whose pattern
// holds its object ("called the launch deplorable") targets whoever did
// the act last told, as "condemned the launch" does; an indefinite act
// ("called a launch …") and an investigation of "the air strikes" name
// no one.
func TestCalledTheAct(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		{[]string{"North Korea fired a ballistic missile into the sea on Sunday.", "Japan's prime minister called the launch a reckless act on Monday."},
			[]string{"JPNGOV 111 PRK asserted 2024-07-08"}},
		{[]string{"North Korea fired a ballistic missile into the sea on Sunday.", "Japan's prime minister called the missile launch \"deeply deplorable\" on Monday."},
			[]string{"JPNGOV 111 PRK asserted 2024-07-08"}},
		{[]string{"North Korea fired a ballistic missile into the sea on Sunday.", "NATO said on Monday it was investigating the air strikes in Kunduz."},
			[]string{"IGOWSTNAT 093 - asserted 2024-07-08"}},
	})
}

// TestObliqueTargets codes the families of targets_oblique.go: a bilateral
// treaty's other party, the author of a rejected or condemned nominal act
// named by "by"/"from" or after an "as" complement, the accuser's own
// thing in an alleged act, the accuser as the target of force blamed on
// another state at home, the state holding people whose release is
// demanded, a sea named for a country, and a demand coordinated before
// an act with a target. Each family has cases where no target is right.
func TestObliqueTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// a treaty's other party: named by the treaty or a two-country word
		{"Moscow suspended the New START treaty with immediate effect.", []string{"RUS 160 USA asserted"}},
		{"Pakistan scrapped the Simla Agreement on Thursday.", []string{"PAK 160 IND asserted"}},
		{"Seoul suspended the inter-Korean military accord in protest.", []string{"KOR 160 PRK asserted"}},
		// a multilateral treaty, or one whose parties do not include the actor: none
		{"Hungary suspended its participation in the Treaty on Conventional Armed Forces in Europe.", []string{"HUN 160 - asserted"}},
		{"Belarus suspended the Indus Waters Treaty.", []string{"BLR 160 - asserted"}},
		// the author of a nominal act after "by" or "from"
		{"Venezuela rebuffed a request by the OAS to monitor the vote.", []string{"VEN 120 IGOLAMOAS asserted", "IGOLAMOAS 020 VEN asserted"}},
		{"Hamas rejected a call by Egypt for a truce.", []string{"PSEREB 1246 EGY asserted", "EGY 0256 PSEREB asserted"}},
		{"Egypt condemned a raid by Israeli settlers on a village near Nablus.", []string{"EGY 111 ISRCVL asserted"}},
		{"A proposal of talks by Serbia's president was rejected by Kosovo.", []string{"KSV 120 SRBGOV asserted"}},
		// a "from" that is no author of the object's noun: none
		{"Syria said it would hold the West responsible for any delay in the arrival of a mission from the OPCW.", nil}, // ("the West" no actor, unaimed.go)
		// the object after an "as" complement
		{"Iran's foreign minister condemned as \"a war crime\" an Israeli strike on a Beirut suburb.",
			[]string{"IRNGOV 111 ISR asserted", "ISR 190 LBN asserted"}},
		// the accuser's own thing, not the accused's
		{"Lithuania accused Russia of a cyber attack on its parliament.", []string{"LTU 112 RUS asserted", "RUS 176 LTULEG alleged"}},
		{"Poland accused Russia of a cyber attack on its foreign ministry.", []string{"POL 112 RUS asserted", "RUS 176 POLGOV alleged"}},
		// force blamed on another state at the blamer's home; not elsewhere
		{"Kyiv blamed Moscow for a drone attack that killed four people in Sumy.", []string{"UKR 112 RUS asserted", "RUS 1952 UKR alleged"}},
		{"Washington blamed the Syrian government for the chemical attack.", []string{"USA 112 SYRGOV asserted", "SYRGOV 2041 SYRCVL alleged"}},
		// a demand for the release of people held in a country, or of jailed opposition leaders
		{"The release of detained activists in Belarus was demanded by the European Union.", []string{"IGOEUREEC 1053 BLR asserted"}},
		{"The OSCE demanded that jailed Azerbaijani opposition leaders be freed.", []string{"IGOEURSCE 1053 AZE asserted"}},
		// (people of a country with no place named: their own code stays)
		{"Reporters Without Borders demanded the release of jailed Russian journalists.", []string{"NGOMEDRWB 1053 RUSMED asserted"}},
		// a show of force in a sea named for a country; not for the actor's own
		{"China held naval drills in the Taiwan Strait on Monday.", []string{"CHN 150 TWN asserted"}},
		{"Taiwan held naval drills in the Taiwan Strait on Monday.", []string{"TWN 150 - asserted"}},
		// a demand coordinated before an act with a target
		{"Turkey demanded an immediate ceasefire and recalled its ambassador from Israel.", []string{"TUR 1056 ISR asserted", "TUR 161 ISR asserted"}},
		{"Spain demanded an end to the fighting, and Italy recalled its ambassador from Israel.", []string{"ESP 1056 - asserted", "ITA 161 ISR asserted"}},
	}, false)
}

// ExampleCoder_Code_treatyParty shows a bilateral treaty's other party as
// the target of its suspension.
func ExampleCoder_Code_treatyParty() {
	c, err := events.New(events.Config{})
	if err != nil {
		panic(err)
	}
	a := &dyad.Article{ID: "t2", Published: "2023-02-22", Body: []string{"Russia suspended its participation in the New START treaty on Tuesday."}}
	for _, e := range c.Code(a) {
		fmt.Println(e.Source.Code, e.CAMEO, e.Target.Code, e.Date)
	}
	// Output: RUS 160 USA 2023-02-21
}

// TestOwnPeopleTargets codes team-written sentences whose target is the
// source's own people (targets_oblique.go): a state's own unnamed victims,
// prisoners or NGOs (people of another state, or bare prisoners of war,
// are not), a person's own government, an accuser's own person, a person a
// state's own city names (its civilian), and a rights lawyer (the state's
// own rights defender). Each want lists every event of the sentence as
// "SOURCE CAMEO TARGET status" ("-" for no target), in any order.
func TestOwnPeopleTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// a state's own unnamed people
		{"South Korea's president apologised to victims of the ferry disaster.", []string{"KORGOV 055 KORCVL asserted"}},
		{"Egypt freed 30 political prisoners on Thursday.", []string{"EGY 0841 EGYCVL asserted"}},
		{"Russia stripped dozens of NGOs of their licences.", []string{"RUS 172 RUSNGO asserted"}},
		// people of another state, or bare prisoners (an exchange): no own people
		{"Japan apologised to victims of the South Korean ferry disaster.", []string{"JPN 055 KOR asserted"}},
		{"Egypt freed 30 prisoners of war on Thursday.", []string{"EGY 0841 - asserted"}},
		// a person's own government
		{"Former British prime minister Theresa May criticised the government's asylum plan.", []string{"GBR 111 GBRGOV asserted"}},
		// (a person the dictionary does not know is no person: the state's comment stays without target)
		{"Former Australian prime minister Malcolm Turnbull criticised the government's refugee policy.", []string{"AUS 111 - asserted"}},
		// the accuser's own person
		{"Opposition leader Rahul Gandhi accused the police of ordering his detention.", []string{"INDOPP 112 INDCOP asserted", "INDCOP 173 INDOPP alleged"}},
		// a person a state's own city names is its civilian
		{"Belarusian police detained a Minsk pensioner over a social media post.", []string{"BLRCOP 173 BLRCVL asserted"}},
		// a rights lawyer detained: the state's own rights defender
		{"Egyptian police detained a leading human rights lawyer.", []string{"EGYCOP 173 EGYHRI asserted"}},
	}, false)
}

// TestPlaceNamedTargets codes team-written sentences whose target is named
// by a place or a people in the object (targets_oblique.go): the state an
// envoy is recalled from, the place a possessive "the port's" refers to,
// the reporting state's border, imports from a country, people in a
// country aid is pledged for, a protest outside a leader's residence (the
// government), a reporter's own convoy; and no target for a solidarity
// march or the border deportees are taken to. Each want lists every event
// of the sentence as "SOURCE CAMEO TARGET status" ("-" for no target), in
// any order.
func TestPlaceNamedTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// the state an envoy is recalled from
		{"Sweden recalled its own ambassador from Baghdad on Friday.", []string{"SWE 161 IRQ asserted"}},
		{"Sweden recalled its ambassador for consultations.", []string{"SWE 161 - asserted"}},
		// "the port's" is the place named before
		{"Exports from Mykolaiv stopped after Russian missiles struck the port's grain silos.", []string{"RUSMIL 195 UKR asserted"}},
		{"Russian missiles struck the port's grain silos.", nil}, // no place before: no one (unaimed.go)
		// force at "the border" the reporting state names
		{"Lithuania's defence ministry said Belarusian troops were massing near the border.", []string{"BLRMIL 154 LTU asserted"}},
		{"Belarusian troops were massing near the border.", []string{"BLRMIL 154 - asserted"}},
		// no target: a solidarity march, the border deportees are taken to
		{"Thousands of people marched in Dublin in solidarity with Ukrainians.", []string{"IRLCVL 141 - asserted"}},
		{"Algeria deported hundreds of migrants to the Nigerien border.", []string{"DZA 174 - asserted"}},
		// an investigation into imports from a country
		{"The European Commission opened an investigation into steel imports from China.", []string{"IGOEUREEC 090 CHN asserted"}},
		// a protest outside a leader's residence is aimed at the government
		{"Hundreds of Serbians protested outside President Aleksandar Vucic's office on Sunday.", []string{"SRBCVL 141 SRBGOV asserted"}},
		// the reporter's own convoy; a reporter's place is no target of its own
		{"The Red Cross said on Monday that Sudanese soldiers had fired on one of its convoys in Darfur.", []string{"SDNMIL 190 NGOHLHIRC asserted"}},
		// aid pledged for people in a country
		{"Canada pledged $5 million in aid for survivors of the floods in Pakistan.", []string{"CAN 0331 PAK future"}},
		{"Canada pledged $5 million in aid for flood survivors.", []string{"CAN 0331 - future"}},
	}, false)
}

// TestOtherActTargets codes team-written sentences whose target is the
// party of another act the sentence names (targets_oblique.go): the author
// of an act a clause comments on, the accuser of force that is denied, the
// body whose act a veto blocks, a complaint's accused, the reporter of a
// ceasefire violation (none for a third party), the author of a condemned
// killing after "by" (its victim is none), the partner an intent's
// condition names, intruders an "after" clause names for warning shots,
// and the state whose bid support is drummed up for. Each want lists every
// event of the sentence as "SOURCE CAMEO TARGET status" ("-" for no
// target), in any order.
func TestOtherActTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// force denied: the place attacked, else the accuser
		{"Moscow denied a Ukrainian accusation that it had launched a drone attack on a refinery.", []string{"RUS 016 UKR asserted", "UKR 112 RUS asserted", "RUS 195 UKR denied"}},
		// the act a clause comments on: its author
		{"Chinese ships blocked a Philippine supply mission on Sunday, an escalation that Manila denounced as illegal.",
			[]string{"CHN 191 PHL asserted", "PHL 111 CHN asserted"}},
		{"Russia accused Ukraine of shelling the plant, a charge Kyiv rejected.",
			[]string{"RUS 112 UKR asserted", "UKR 194 RUS denied", "UKR 016 RUS asserted"}},
		// the body whose act a veto blocks
		{"Slovakia blocked an EU declaration on Georgia.", []string{"SVK 129 IGOEUREEC asserted"}},
		// a complaint filed with a body against a state
		{"Armenia filed a complaint with the UN Security Council against Azerbaijan.", []string{"ARM 114 AZE asserted"}},
		// a ceasefire violation reported by the other side; by a third party, none
		{"Azerbaijani forces violated the ceasefire overnight, the Armenian defence ministry said.", []string{"AZEMIL 196 ARM asserted"}},
		{"Azerbaijani forces violated the ceasefire overnight, the United Nations said.", nil}, // with no one named (unaimed.go)
		// the victim of a condemned act is no target; its author after "by" is
		{"Egypt condemned the killing of a Hamas commander in Beirut.", []string{"EGY 111 - asserted"}},
		{"Pakistan condemned the killing of six Pakistani workers by separatists in Balochistan.",
			[]string{"PAK 111 PAKREB asserted", "PAKREB 180 PAKLAB asserted"}},
		// an intent to talk: the partner its condition names
		{"North Korea said it was ready to hold talks if Seoul halted its drills.", []string{"PRK 036 KOR future"}},
		{"North Korea said it was ready to hold talks.", []string{"PRK 036 - future"}},
		// warning shots at intruders an "after" clause names
		{"Indian troops fired warning shots after Chinese soldiers crossed the line of control.", []string{"INDMIL 150 CHNMIL asserted"}},
		{"Indian troops fired warning shots after dark.", []string{"INDMIL 150 - asserted"}},
		// the state whose bid support is drummed up for, not the audience
		{"France drummed up support among NATO allies for Finland's bid to join the alliance.", []string{"FRA 053 FIN asserted"}},
	}, false)
}

// TestOpposedSanctionsTarget codes team-written sentences opposing
// sanctions on a state: the rejection is of whoever would impose them, not
// of the state; refusing to impose them on a state rejects the state. Each
// case is a short article published on 2024-07-13 (a Saturday); want lists
// every event of the last paragraph as eventLine(e, true), in any order.
func TestOpposedSanctionsTarget(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		// 2: opposing sanctions on a state rejects whoever would impose
		// them, not the state
		{[]string{"Japan's and Brazil's envoys to the United Nations said they opposed any unilateral sanctions on Iran."},
			[]string{"JPNGOV 120 - asserted 2024-07-13", "BRAGOV 120 - asserted 2024-07-13"}},
		{[]string{"Brazil refused to impose sanctions on Iran."},
			[]string{"BRA 120 IRN asserted 2024-07-13"}},
	})
}

// TestOwnAccuserOwned codes ownAccuserOwned: force alleged by a non-state
// accuser of the actor's own country against "its"/"their" thing is aimed
// at the accuser; the accused's own troops and a named victim are not.
func TestOwnAccuserOwned(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The M23 accused Congolese forces of bombing its positions in Masisi territory with drones.",
			[]string{"CODREB 112 CODMIL asserted", "CODMIL 195 CODREB alleged"}},
		{"Houthi rebels accused Yemen's government forces of shelling their positions near Marib.",
			[]string{"YEMREB 112 YEMMIL asserted", "YEMMIL 194 YEMREB alleged"}},
		{"Sudan's RSF accused the army of bombing its positions in Darfur.",
			[]string{"SDNREB 112 SDNMIL asserted", "SDNMIL 195 SDNREB alleged"}},
		// the accused's own troops; a victim named
		{"The Arakan Army accused Myanmar's military of moving its troops toward the border.",
			[]string{"MMRREB 112 MMRMIL asserted", "MMRMIL 154 - alleged"}},
		{"Syria's opposition accused the army of shelling civilians in Idlib.",
			[]string{"SYROPP 112 SYRMIL asserted", "SYRMIL 194 SYRCVL alleged"}},
	}, false)
}
