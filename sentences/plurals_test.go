package sentences

import "testing"

// TestNounPhraseHeads checks that a verb form heading a noun phrase after
// its modifier is tagged a noun: plural -s forms after an adjective, a
// noun or a demonym ("radio stations", "Central Asian states"), and
// plain forms after a singular name that cannot be their subject
// ("Borno state", "Georgian riot police"); and that the verb readings
// next to them stay verbs.
func TestNounPhraseHeads(t *testing.T) {
	lx := guessingLexicon("station", "state", "protest", "post", "supply", "riot", "attack", "force", "talk",
		"strike", "sanction", "build", "evade", "remain", "release", "demand", "offer", "charge", "rally", "share",
		"target", "pledge", "report", "say", "fear", "die", "enter", "wield", "axe", "board", "return", "reload", "plan", "move", "take", "rule", "violate", "step", "cut", "commit", "order", "stop", "ship", "fire", "lash", "criticise", "impose", "use", "detain", "free", "withdraw", "mediate", "control", "claim", "arrest", "jail", "condemn", "meet", "arm", "embargo", "cache", "find")
	tests := []tagCase{
		// plural nouns after a modifier
		{"ordered television and radio stations to stop", "VBD NN CC NN NNS TO VB"},
		{"coverage of anti-government protests, the regulator said", "NN IN NN NNS , DT NN VBD"},
		{"leaders of the five Central Asian states, pledging", "NNS IN DT CD JJ NNP NNS , VBG"},
		{"troops fired on border posts on Monday", "NNS VBD IN NN NNS IN NNP"},
		{"jailed on espionage charges.", "VBD IN NN NNS ."},
		{"sent relief supplies to Myanmar", "VBD NN NNS TO NNP"},
		{"Russian forces did not fire", "NNP NNS VBD RB VB"},
		{"warplanes struck Hezbollah targets in Beirut", "NNS VBD NNP NNS IN NNP"},
		{"walked out of EU-mediated talks with Serbia", "VBD RP IN NNP NNS IN NNP"},
		{"after Doha talks", "IN NNP NNS"},
		// verbs stay verbs: an object follows, or a name is the subject
		{"the government forces them to leave", "DT NN VBZ PRP TO VB"},
		{"the army attacks the town", "DT NN VBZ DT NN"},
		{"condemned \"brutal attacks\" by the bombers", "VBD \" JJ NNS \" IN DT NNS"},
		{"the embassy claims “the text", "DT NN VBZ “ DT NN"},
		{"Russia attacks Ukraine", "NNP VBZ NNP"},
		{"Israel strikes Gaza", "NNP VBZ NNP"},
		{"the government says it will", "DT NN VBZ PRP MD"},
		// a plain form after a singular name that is no subject of it
		{"killed 10 villagers in Borno state.", "VBD CD NNS IN NNP NN ."},
		{"in Nigeria's Kaduna state on Thursday", "IN NNP POS NNP NN IN NNP"},
		{"voters in Washington state passed a law", "NNS IN NNP NN VBD DT NN"},
		{"Georgian riot police detained dozens", "NNP NN NN VBD NNS"},
		{"Chinese state media criticised the visit", "NNP NN NN VBD DT NN"},
		{"in Tuesday's Israeli strike on a school", "IN NNP POS NNP NN IN DT NN"},
		{"repelled a Ukrainian attack", "VBD DT NNP NN"},
		{"Britain will on Tuesday impose sanctions", "NNP MD IN NNP VBP NNS"},
		{"rammed a Philippine supply boat", "VBD DT NNP NN NN"},
		// a plural that "a" or "an" cannot govern modifies the head after it
		{"imposed an arms embargo on Eritrea and demanded", "VBD DT NNS NN IN NNP CC VBD"},
		{"found a weapons cache", "VBD DT NNS NN"},
		{"held a rally in Seoul", "VBD DT NN IN NNP"},
		{"in Georgia, where protests have entered a second month", "IN NNP , WRB NNS VBP VBN DT NN NN"},
		{"and U.S. forces did not return fire", "CC NNP NNS VBD RB VB NN"},
		{"men wielding knives and axes boarded the ship", "NN VBG NNS CC NNS VBD DT NN"},
		{"he fires and reloads", "PRP VBZ CC VBZ"},
		{"cooperation with member states and the office", "NN IN NN NNS CC DT NN"},
		{"misgivings about government plans for the scheme", "NNS IN NN NNS IN DT NN"},
		{"his party plans to move", "PRP$ NN VBZ TO VB"},
		{"the report states that", "DT NN VBZ WDT"},
		{"the ministry says.", "DT NN VBZ ."},
		{"violated EU antitrust rules.", "VBD NNP NN NNS ."},
		{"the court rules that", "DT NN VBZ WDT"},
		{"a report claims.", "DT NN VBZ ."},
		{"a report claims", "DT NN VBZ"},
		{"for Iraq exit plans", "IN NNP NN NNS"},
		{"radio stations", "NN NNS"},
		{"in Borno state", "IN NNP NN"},
		{"the price hike steps up the pressure", "DT NN NN VBZ RP DT NN"},
		{"committed to other steps to cut costs", "VBD TO NN NNS TO VB NNS"},
		{"killed three people on Monday, state media reported.", "VBD CD NN IN NNP , NN NN VBD ."},
		{"on Tuesday, state TV said", "IN NNP , NN NNP VBD"},
		{"they fear people died", "PRP VBP NN VBD"},
		// … but a subject, a subjunctive, a bare infinitive or a linking verb stays a verb
		{"Russia and China share concerns", "NNP CC NNP VBP NNS"},
		{"Talks between Chinese and American trade officials", "NNS IN NNP CC NNP NN NNS"},
		{"After the visit, North Korean state media reported", "IN DT NN , NNP NNP NN NN VBD"},
		{"demanded that Iran release the prisoners", "VBD WDT NNP VBP DT NNS"},
		{"demanded that the National Electoral Council release the results", "VBD WDT DT NNP JJ NNP VBP DT NNS"},
		{"he was accused of helping Russia evade sanctions", "PRP VBD VBN IN VBG NNP VBP NNS"},
		{"to help North Korea build satellites", "TO VB NNP NNP VBP NNS"},
		{"ties with France remain tense", "NNS IN NNP VBP JJ"},
		{"rejected an African Union offer to mediate", "VBD DT NNP NNP NN TO VB"},
		{"the Taliban say", "DT NNP VBP"},
		{"the members of the Solomon Islands Parliament meet today", "DT NNS IN DT NNP NNP NNP VBP NN"},
		{"Australia condemn North Korea's launch", "NNP VBP NNP NNP POS NN"},
		{"Boko Haram release 21 schoolgirls", "NNP NNP VBP CD NNS"},
		{"as Erdogan arrests or jails thousands", "IN NNP VBZ CC VBZ NNS"},
		{"Turkey claims to control Afrin", "NNP VBZ TO VB NNP"},
	}
	checkTags(t, lx, tests)
}
