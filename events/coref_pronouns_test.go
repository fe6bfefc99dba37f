package events_test

import "testing"

// crossSentenceTheyCases: a "they" with no antecedent in its own sentence
// means the one plural actor the sentence before had as a subject
// (coref_pronouns.go theyAntecedent); a single state, a person or plural
// subjects of two actors give it none. The exact events each article
// gives, one paragraph per sentence.
var crossSentenceTheyCases = []familyCase{
	{"plural subject", "Israeli warplanes struck targets in Gaza City on Monday. They also fired missiles at a Palestinian police post in Khan Yunis.",
		[]string{"ISRMIL 195 PSE asserted", "ISRMIL 195 PSECOP asserted"}},
	{"plural subject", "Opposition parties in Japan were demanding the withdrawal of the tax. They have refused to discuss the budget.",
		[]string{"JPNOPP 1042 - asserted", "JPNOPP 125 - asserted"}},
	{"plural subject", "Police surrounded the house in Izmir on Tuesday. They arrested three British tourists.",
		[]string{"TURCOP 173 GBRCVL asserted"}},
	{"plural subject", "Chile's trade minister held talks with Peruvian officials in Lima, Peruvian officials said. They declined to disclose details of the talks.",
		[]string{"CHLGOV 046 PERGOV asserted", "PERGOV 046 CHLGOV asserted", "PERGOV 011 - asserted"}},
	{"chain", "Police surrounded the house in Izmir on Tuesday. They searched it for an hour. They arrested three British tourists.",
		[]string{"TURCOP 173 GBRCVL asserted"}},
	// a group's people in the plural, and a group named after "the" with a
	// past-tense verb, are plural
	{"plural group", "Houthi rebels fired missiles at a tanker in the Red Sea on Tuesday. They also seized a cargo ship off Yemen.",
		[]string{"YEMREB 195 - asserted", "YEMREB 171 - asserted"}},
	{"plural group", "The Houthis fired missiles at a tanker in the Red Sea on Tuesday. They also seized a cargo ship off Yemen.",
		[]string{"YEMREB 195 - asserted", "YEMREB 171 - asserted"}},
	{"plural group", "Houthi fighters fired missiles at a tanker in the Red Sea on Tuesday. They also seized a cargo ship off Yemen.",
		[]string{"YEMREB 195 - asserted", "YEMREB 171 - asserted"}},
	{"plural group", "Hamas fighters crossed into southern Israel on Saturday. They killed hundreds of Israeli civilians.",
		[]string{"PSEREB 202 ISRCVL asserted"}},
	{"plural group", "The Taliban seized Kabul on Sunday. They banned girls from secondary schools.",
		[]string{"AFGGOV 192 AFG asserted", "AFGGOV 172 AFGEDU asserted"}},
	{"single group", "Hamas fired rockets at Tel Aviv on Saturday. They killed hundreds of Israeli civilians.",
		[]string{"PSEREB 194 ISR asserted"}},
	{"single group", "The United Nations sent aid to Gaza on Saturday. They condemned the attack on the convoy.",
		[]string{"IGOUNO 073 PSE asserted"}},
	// a coordinated subject of two states is one plural antecedent: both
	{"coordinated states", "Russia and China vetoed the resolution on Friday. They also blocked a second draft on aid to Syria.",
		[]string{"RUS 129 - asserted", "CHN 129 - asserted", "RUS 129 SYR asserted", "CHN 129 SYR asserted"}},
	{"two clauses", "Russia vetoed the resolution, and China abstained on Friday. They also condemned the Israeli strikes on Gaza.",
		[]string{"RUS 129 - asserted", "ISR 190 PSE asserted"}},
	{"single state", "Turkey sent a delegation to the talks in Astana on Friday. They rejected the Russian proposal.", nil},
	{"person", "Brazil's finance minister arrived in Paris on Tuesday. They declined to disclose details of the talks.",
		[]string{"BRAGOV 042 FRA asserted", "FRA 043 BRAGOV asserted"}},
	{"two actors", "The Palestinians called the meeting a failure, but Israeli officials said it had gone well. They pulled their forces out of two villages near Nablus.", nil},
	// a quotation that spoke of a state: only a quoted "they" means it
	{"quoted state", `"Beijing has to do more," the Japanese minister told reporters. "They have condemned North Korea like everyone else."`,
		[]string{"CHN 111 PRK asserted"}},
	{"quoted state", `Beijing has to do more, the Japanese minister told reporters. They have condemned North Korea like everyone else.`, nil},
}

// TestCrossSentenceThey codes each case of crossSentenceTheyCases as an
// article published on 2024-03-14 and compares its events exactly.
func TestCrossSentenceThey(t *testing.T) { checkFamilies(t, "", crossSentenceTheyCases, true) }

// crossSentenceItCases: an "it" with no antecedent in its own sentence
// means the last sentence's subject only when that is a state, a capital,
// an organisation or a body, never a person or people, and not when a
// name that names no actor is a subject before it (coref_pronouns.go
// itAntecedent, nameSubjectBefore).
var crossSentenceItCases = []familyCase{
	{"body", "The Swiss central bank declined to comment on Monday. It threatened to sanction the banks.",
		[]string{"CHEGOV 011 - asserted", "CHEGOV 1312 - asserted"}},
	{"state", "Panama signed a tax treaty with Japan last month. It also signed an agreement with Chile.",
		[]string{"PAN 057 JPN asserted", "JPN 057 PAN asserted", "PAN 057 CHL asserted", "CHL 057 PAN asserted"}},
	{"person", `A spokesman for the Swiss central bank declined to comment on Monday. "Of course, it will threaten the banks if they ignore the rules."`,
		[]string{"CHEGOV 011 - asserted"}},
	{"noun subject", "The Conservatives attacked the plan on Monday. But the National Lottery Fund has said that the projects are complex - and it was confident the money would be spent by next year.", nil},
	// a speaker by surname alone, and a name in a phrase or before a
	// participle, are no subject of their own
	{"speaker", "Russia expelled two Estonian diplomats on Monday. Zakharova said it would retaliate against any new sanctions.",
		[]string{"RUS 161 ESTGOV asserted", "RUS 138 - future"}},
	{"name in a phrase", "Iran launched drones at Israel on Saturday. After talks with John Smith held in Geneva, it said it would retaliate against Washington.",
		[]string{"IRN 1952 ISR asserted", "IRN 138 USA future"}},
	{"noun subject", "Russia expelled two Estonian diplomats on Monday. Tom Ellis argued it would retaliate against any new sanctions.",
		[]string{"RUS 161 ESTGOV asserted"}},
	{"noun subject", "Iran launched drones at Israel on Saturday. After talks in Geneva, John Smith said it would retaliate against Washington.",
		[]string{"IRN 1952 ISR asserted"}},
	{"people", "The family of the jailed reporter appealed to the Egyptian president on Sunday. It threatened to sue the state.",
		[]string{"EGYCVL 020 EGYGOV asserted"}},
}

// TestCrossSentenceIt codes each case of crossSentenceItCases as an
// article published on 2024-03-14 and compares its events exactly.
func TestCrossSentenceIt(t *testing.T) { checkFamilies(t, "", crossSentenceItCases, true) }

// pronounRecencyCases: a "he" or "she" with no antecedent in its own
// sentence means a person of the two sentences before that name an actor,
// never one named further back; a sentence whose subject is one unnamed
// person ("a student", "a man", "the gunman", "a former soldier") makes
// the next "he" that person: the actor the noun names, or none
// (coref_pronouns.go recentPers, unnamedSubject).
var pronounRecencyCases = []familyCase{
	{"unnamed subject", "French President Emmanuel Macron said on Monday he was appalled by the attack. Here are some of the deadliest school shootings of recent decades. A 19-year-old student goes on a rampage at a college in Kerch. He kills 20 students and a teacher.",
		[]string{"FRAGOV 111 - asserted"}},
	{"unnamed subject", "German Chancellor Olaf Scholz condemned the killings on Tuesday. In March 2019, a man opens fire at two mosques in Christchurch. He kills 51 worshippers.",
		[]string{"DEUGOV 111 - asserted"}},
	{"unnamed subject", "Turkish President Recep Tayyip Erdogan sent condolences to the families. A former soldier walks into a shopping centre in Bangkok. He shoots dead 26 shoppers before police kill him.",
		[]string{"TURGOV 018 TURCVL asserted", "THA 180 THACVL asserted"}},
	{"unnamed subject", "Rishi Sunak visited Belfast on Monday. The gunman fired from a window of the hotel on Sunday. He killed 12 people.",
		[]string{"GBRUAF 180 GBRCVL asserted"}},
	// a person named three actor sentences back is too far; one sentence
	// of other actors between is not
	{"too far", "Rishi Sunak met Emmanuel Macron in Paris on Monday. Ukrainian forces shelled Donetsk on Tuesday. Polish troops began exercises near the border. He condemned the shelling.",
		[]string{"GBRGOV 040 FRAGOV asserted", "FRAGOV 040 GBRGOV asserted", "UKRMIL 194 UKRCVL asserted", "POLMIL 150 - asserted"}},
	{"too far", "Olaf Scholz arrived in Warsaw on Monday. Russian jets struck Kharkiv overnight. Belarusian troops massed near the border. He denounced the strikes.",
		[]string{"DEUGOV 042 POL asserted", "POL 043 DEUGOV asserted", "RUSMIL 195 UKR asserted", "BLRMIL 154 - asserted"}},
	{"near", "Rishi Sunak met Emmanuel Macron in Paris on Monday. Ukrainian forces shelled Donetsk on Tuesday. He condemned the shelling.",
		[]string{"GBRGOV 040 FRAGOV asserted", "FRAGOV 040 GBRGOV asserted", "UKRMIL 194 UKRCVL asserted", "GBRGOV 111 UKRMIL asserted"}},
	// sentences that name no actor (a quotation going on) do not age him
	{"quotation between", `Olaf Scholz said the talks had gone well. "We are making progress. There is no deal yet." Later he met Emmanuel Macron in Berlin.`,
		[]string{"DEUGOV 040 FRAGOV asserted", "FRAGOV 040 DEUGOV asserted"}},
}

// TestPronounRecency codes each case of pronounRecencyCases as an
// article published on 2024-03-14 and compares its events exactly.
func TestPronounRecency(t *testing.T) { checkFamilies(t, "", pronounRecencyCases, true) }
