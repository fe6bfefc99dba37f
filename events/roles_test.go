package events_test

import (
	"testing"
)

// TestPhoneTo codes roles.go's phoneEnd: "spoke on the telephone to X"
// is a call with X, each way, as "spoke to X" and "spoke on the phone
// with X" are; "spoke on the telephone" with no one named keeps none.
func TestPhoneTo(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya's president spoke on the telephone to Tanzanian President Samia Suluhu Hassan on Monday.",
			[]string{"KENGOV 041 TZAGOV asserted", "TZAGOV 041 KENGOV asserted"}},
		{"Kenya's president spoke on the phone with Tanzanian President Samia Suluhu Hassan on Monday.",
			[]string{"KENGOV 041 TZAGOV asserted", "TZAGOV 041 KENGOV asserted"}},
		{"Kenya's president spoke on the telephone on Monday.",
			[]string{"KENGOV 041 - asserted"}},
	}, false)
}

// placeWhichAsideCases: "which" after a place named as where something
// happened means the thing, not the place's state (roles.go
// placeObject), and an aside counting part of a group named before is
// not the subject of the verb after it (roles.go pastPartAside); the
// exact events each sentence gives.
var placeWhichAsideCases = []familyCase{
	// "which" after a place named as where something happened means the
	// thing, not the place's state (roles.go placeObject)
	{"placewhich", "Officials condemned a bombing in Jerusalem which killed ten Israelis.", []string{"ISRGOV 111 - asserted"}},
	{"placewhich", "Officials condemned a car bomb in Kabul, Afghanistan, which killed twenty people.", []string{"AFGGOV 111 - asserted"}},
	{"placewhich", "Officials condemned Hamas, which killed ten Israelis.", []string{"PSEREB 180 ISRCVL asserted"}},

	// an aside counting part of a group named in the clause before is not
	// the subject of the verb after it (roles.go pastPartAside)
	{"partaside", "A manager of a Swiss firm that ran a tour on which 21 people died, 14 of them Australians, has denied responsibility.", nil},
	{"partaside", "The manager of a Swiss firm that ran a tour ending with 21 people dying, 14 of them Australians, has denied responsibility.", nil},
	{"partaside", "Thousands of migrants, most of them Syrians, have protested at the border.", []string{"SYRCVL 141 - asserted"}},
}

// TestPlaceWhichAndAsides codes each case as an article published on
// 2024-03-14, one paragraph per sentence, and compares its events
// exactly.
func TestPlaceWhichAndAsides(t *testing.T) { checkFamilies(t, "", placeWhichAsideCases, true) }

// accuserNextCases: after an accusation, "and" with a finite auxiliary
// or a second past verb is the accuser's own next act, not the accused's;
// "of having ... and having ..." stays the accused's. The exact events
// each sentence gives ("SOURCE CAMEO TARGET status").
var accuserNextCases = []familyCase{
	// "and" with a finite auxiliary: the accuser's own next act, not the accused's
	{"accuser-next", "India has accused Pakistani military intelligence of sponsoring the attack and has threatened retaliation.", []string{"IND 112 PAKSPY asserted", "IND 138 PAKSPY asserted"}},
	{"accuser-next", "India accused Pakistan of sponsoring the attack and threatened retaliation.", []string{"IND 112 PAK asserted", "IND 138 PAK asserted"}},
	{"accuser-next", "Kyiv accused Moscow of having shelled the plant and having killed two workers.", []string{"UKR 112 RUS asserted", "RUS 194 UKR alleged", "RUS 190 UKRLAB alleged"}},
}

// TestAccuserNextAct codes each case as a one-sentence article published
// on 2024-03-14 and compares its events exactly.
func TestAccuserNextAct(t *testing.T) { checkFamilies(t, "", accuserNextCases, false) }

// TestCounterparts codes team-written sentences naming a party as a
// counterpart: "met his <nationality> counterpart" (the possessive before
// the other party does not hide it from the mutual verb) and "counterparts
// in <countries>", each state's holder of the source's office (roles.go
// counterpartsIn). Each want lists every event of the sentence as "SOURCE
// CAMEO TARGET status date", in any order.
func TestCounterparts(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// "met his <nationality> counterpart": the possessive before the
		// other party does not hide it from the mutual verb
		{"Indian Foreign Minister S. Jaishankar met his Chinese counterpart on Monday.",
			[]string{"INDGOV 040 CHNGOV asserted 2024-07-08", "CHNGOV 040 INDGOV asserted 2024-07-08"}},
		{"Russian President Vladimir Putin met his Iranian counterpart in Moscow on Monday.",
			[]string{"RUSGOV 040 IRNGOV asserted 2024-07-08", "IRNGOV 040 RUSGOV asserted 2024-07-08"}},
		{"Russian President Vladimir Putin met his defence minister on Monday.",
			[]string{"RUSGOV 040 - asserted 2024-07-08"}},
		// "counterparts in <countries>": each state's holder of the source's office
		{"Britain's GCHQ has been sharing intelligence on Iranian hacking groups with its counterparts in Canada and Australia.",
			[]string{"GBRSPY 064 CANSPY asserted 2024-07-13", "GBRSPY 064 AUSSPY asserted 2024-07-13"}},
		{"Germany's defence minister spoke with his counterpart in Kyiv by phone on Monday.",
			[]string{"DEUGOV 041 UKRGOV asserted 2024-07-08", "UKRGOV 041 DEUGOV asserted 2024-07-08"}},
		{"The French foreign minister met his counterparts in Berlin and Warsaw on Monday.",
			[]string{"FRAGOV 040 DEUGOV asserted 2024-07-08", "DEUGOV 040 FRAGOV asserted 2024-07-08",
				"FRAGOV 040 POLGOV asserted 2024-07-08", "POLGOV 040 FRAGOV asserted 2024-07-08"}},
	}, true)
}

// TestAccusingIt codes team-written sentences ending ", accusing it of …":
// "it" is the last non-place actor before the verb, not the victims of the
// alleged act (roles.go objectPronoun). Each want lists every event of the
// sentence as "SOURCE CAMEO TARGET status date", in any order.
func TestAccusingIt(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// "accusing it of …": "it" is the last non-place actor before the
		// verb, not the victims of the alleged act
		{"Nicaragua filed a case against Germany at the International Court of Justice on Friday, accusing it of breaking international law.",
			[]string{"NIC 115 DEU asserted 2024-07-12", "NIC 112 DEU asserted 2024-07-12"}},
		{"Turkey's president stepped up his rhetoric against Washington on Monday, accusing it of building a terror army along the border.",
			[]string{"TURGOV 112 USA asserted 2024-07-08"}},
	}, true)
}

// TestMetListEnd codes a list of people met that ends in an actor the
// dictionary knows. Each case is a short article (paragraphs in order)
// published on 2024-07-13 (a Saturday); want lists every event of the last
// paragraph as eventLine(e, true), in any order.
func TestMetListEnd(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		// 8: a list of people met ends in an actor the dictionary knows
		{[]string{"Brazil's finance minister had earlier met Federal Reserve Board Chairman Paul Volcker and U.S. Treasury Secretary Janet Yellen."},
			// Volcker, Fed chairman to 1987, is his country alone in 2024 (people.txt)
			[]string{"BRAGOV 040 USA asserted 2024-07-13", "USA 040 BRAGOV asserted 2024-07-13", "BRAGOV 040 USAGOV asserted 2024-07-13", "USAGOV 040 BRAGOV asserted 2024-07-13"}},
	})
}

// TestKilledWhileFighting codes people killed while fighting: victims, no
// attackers. Each case is a short article (paragraphs in order) published
// on 2024-07-13 (a Saturday); want lists every event of the last paragraph
// as eventLine(e, true), in any order.
func TestKilledWhileFighting(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		// 12: people killed while fighting are victims, no attackers
		{[]string{"Three Britons killed fighting Isis last year were honoured in London on Friday."},
			nil},
		{[]string{"The families of two British men killed fighting Islamic State have condemned the report."},
			[]string{"GBRCVL 111 - asserted 2024-07-13"}},
	})
}

// TestCoordinatedInfinitives codes a second infinitive coordinated with a
// first ("to inspect and impound"): it shares the first one's subject (the
// object of "require", "order", "oblige" is the doer, and a group of
// states named by no actor gives none), never the clause's subject
// (roles.go subjectDepth). A control verb's own subject ("agreed to",
// "voted to") and finite coordinated verbs keep theirs.
func TestCoordinatedInfinitives(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Security Council passed a resolution requiring member states to inspect and impound ships.", nil},
		{"The Security Council ordered member states to search and seize North Korean ships.", nil},
		{"The resolution obliges governments to freeze and confiscate the assets of North Korean firms.", nil},
		{"The European Union voted to freeze and seize Russian assets.",
			[]string{"IGOEUREEC 163 RUS asserted"}},
		{"Iran threatened to seize and destroy American ships.",
			[]string{"IRN 137 USA asserted"}},
		{"ECOWAS leaders gave Mali's junta a month to restore civilian rule or face force, and imposed sanctions on Mali.",
			[]string{"IGOWAFECO 139 MLIGOV asserted", "IGOWAFECO 163 MLI asserted"}},
		// (the arrest shares the object of "and deported": shared_object.go)
		{"Israeli police arrested and deported the activists.",
			[]string{"ISRCOP 173 ISRCVL asserted", "ISRCOP 174 ISRREF asserted"}},
	}, false)
}

// TestYieldIntentTarget codes a promise to halt attacks or lift a ban on
// someone (a yielding act, root 08, told as an intent: 035x) with whom it
// spares as target, as the asserted act has it ("suspended attacks on
// Israeli forces" 087 ISRMIL); the "on" phrase of talks or meetings stays
// their topic.
func TestYieldIntentTarget(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Iraq's Kataib Hezbollah said on Sunday it would suspend attacks on U.S. forces in the region.",
			[]string{"IRQREB 0356 USAMIL future"}},
		{"Hezbollah will halt attacks on Israeli forces.",
			[]string{"LBNREB 0356 ISRMIL future"}},
		{"The Houthis said they would stop attacks on Israeli ships if the war ended.",
			[]string{"YEMREB 0356 ISR future"}},
		// the asserted act, as before
		{"Hezbollah suspended attacks on Israeli forces on Sunday.",
			[]string{"LBNREB 087 ISRMIL asserted"}},
		// near miss: talks "on" a country are about it
		{"China said it would hold talks on Ukraine next week.",
			[]string{"CHN 036 - future"}},
	}, false)
}
