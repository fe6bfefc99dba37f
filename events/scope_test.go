package events_test

import "testing"

// scopeCases are sentences written by the team for the causes of false
// events found by judging a sample of coded real news in November 2026
// (events/scope.go and the idioms of events/scope.go), each false
// event's sentence beside a near one that must still code, with the
// exact events as "SOURCE CAMEO TARGET status".
var scopeCases = []coverageCase{
	// a present obligation is no deed; "had to" says it happened
	{"The Danish government has to call an election by January.", nil},
	{"Turkey had to withdraw its troops from the town.", []string{"TUR 0874 - asserted"}},
	// a bare infinitive under a purpose "to help"
	{"The US will stay in Syria to help Kurdish fighters repel Turkey's attack.", nil},
	{"Turkey helped Syrian rebels seize the town on Monday.", nil}, // from no one named (unaimed.go)
	// a prepared or planned offensive is a threat, not an attack
	{"Russia is preparing an offensive in Idlib.", []string{"RUS 138 SYR future"}},
	{"Russia launched an offensive in Idlib on Monday.", []string{"RUS 190 SYR asserted"}},
	// an undated participle describing the subject
	{"The peace talks brokered by Russia and Iran have gone nowhere.", nil},
	{"Israel and Hezbollah agreed to a ceasefire brokered by France on Tuesday.", []string{"ISR 0871 LBNREB asserted", "LBNREB 0871 ISR asserted", "FRA 045 ISR asserted", "FRA 045 LBNREB asserted"}},
	// "negotiating" before a noun describes it
	{"She sat on the national negotiating committee for the union.", nil},
	{"Some experts said Kim wanted to push Washington to the negotiating table.", nil},
	{"The Nigerian government has been negotiating with Boko Haram for months.", []string{"NGAGOV 046 NGAREB asserted", "NGAREB 046 NGAGOV asserted"}},
	// recognition needs someone recognised
	{"The Japanese government recognises the urgency of the climate crisis.", nil},
	{"Spain recognised a Palestinian state on Tuesday.", []string{"ESP 054 PSE asserted"}},
	// "charge ahead", "charge a fee": no indictment
	{"India is charging ahead on its climate commitments under the Paris agreement.", nil},
	{"Indian police charged three Pakistani men with murder on Monday.", []string{"INDCOP 173 PAKCVL asserted"}},
	// an adjectival participle before a common-noun actor
	{"The Syrian army freed the civilians and surrendering fighters on Monday.", []string{"SYRMIL 0841 SYRCVL asserted"}},
	{"Isis fighters were surrendering to the Syrian army on Monday.", []string{"IMGMOSISL 0874 SYRMIL asserted"}},
	// the second conjunct of an infinitive takes its governor's reading
	{"The American government plans to reverse its position on Sudan and lift trade sanctions.", []string{"USAGOV 0354 - future"}},
	{"Turkey threatened to close its border and expel the diplomats.", []string{"TUR 130 - asserted", "TUR 1313 - asserted"}},
	{"Turkey sent troops to the border and shelled the town.", []string{"TUR 154 - asserted"}}, // (the town no one: no 194, unaimed.go)
	{"Mr Howard expects to travel to Indonesia for the meeting in February or March.", nil},
	// what a verb of asking asks for is not done, past an apposition
	{"Aid groups are urging the UN envoy for Syria, Jan Egeland, not to attend the conference in Sochi.", nil},
	{"The auditors urged the government to push for better reporting of fraud.", nil},
	{"Aid groups are urging Staffan de Mistura, the UN envoy for Syria, not to attend the conference.", nil},
	{"The European Union urged Serbia and Kosovo to resume their dialogue.", []string{"IGOEUREEC 026 SRB asserted", "IGOEUREEC 026 KSV asserted"}},
	// declining to rule out force threatens it
	{"China has never ruled out using force against Taiwan.", []string{"CHN 138 TWN asserted"}},
	{"The Syrian opposition has not ruled out attending a peace conference in Sochi.", []string{"SYROPP 120 - negated"}},
	{"Russia and its allies prepare a devastating military offensive in Idlib.", []string{"RUS 138 SYR future"}},
	// hypothetical acts are coded only when conditional or possible;
	// duties, aims, requests and embedded questions are no event
	{"Israel would halt its offensive if Hamas freed the hostages.", []string{"ISR 087 PSEREB hypothetical", "PSEREB 0841 ISRCVL hypothetical"}},
	{"North Korea could conduct a nuclear test at any time.", []string{"PRK 150 - hypothetical"}},
	{"Zimbabwe's opposition leader said Mugabe must resign and said his party would join talks if approached.", nil},
	{"The IAEA is investigating whether Iran moved enriched uranium out of Fordow.", []string{"IGOUNOIAE 090 IRN asserted"}},
	{"Japan should offer refuge to the refugees, he said.", nil},
	// a verb of persuading or helping in the past says the act happened
	{"The attack persuaded Russia to launch missile strikes on Ukraine.", []string{"RUS 195 UKR asserted"}},
	{"Syrian soldiers helped to evacuate civilians from the besieged city.", []string{"SYRMIL 073 SYRCVL asserted"}},
	// a participle after the subject, with the clause's own verb later
	{"Mr Kennedy argued that British troops deployed in Iraq should be replaced by other forces.", nil},
	{"British troops deployed to Iraq on Monday.", []string{"GBRMIL 074 IRQ asserted"}},
	{"Israeli and Palestinian officials held their first joint security meeting since the envoy arrived.", []string{"ISRGOV 040 PSEGOV asserted", "PSEGOV 040 ISRGOV asserted"}},
	// words, not shells
	{"Lawmakers bombarded the British minister with a barrage of requests.", nil},
	{"Israeli jets bombarded Gaza with missiles on Monday.", []string{"ISRMIL 195 PSE asserted"}}, // jets: aerial (conflict.go)
	// an adjective the tagger calls a noun, before "negotiating"
	{"For three months he was on the national negotiating committee for the contract fight.", nil},
	// idioms: a quarrel, goodwill destroyed, dangers defied
	{"The ministers had clashed over proposals to raise taxes.", nil},
	{"Indian and Chinese troops clashed over the weekend in Ladakh.", []string{"INDMIL 190 CHNMIL asserted", "CHNMIL 190 INDMIL asserted"}},
	{"The plan will destroy remaining goodwill between Iran and the West.", nil},
	{"Israeli jets destroyed a Hamas tunnel on Monday.", []string{"ISRMIL 195 PSEREB asserted"}},
	{"Brave Turkish journalists defy the dangers every day.", nil},
	{"Protesters defied a curfew in Tehran on Monday.", []string{"IRNCVL 128 - asserted"}},
	// an undated participle in a phrase that modifies a noun; after
	// determiners, a participle describing the subject
	{"The jihadist group is not party to a deal brokered by Russia and Turkey for the safe zone.", nil},
	{"Israel and Hamas agreed to a truce brokered by Egypt.", []string{"ISR 0871 PSEREB asserted", "PSEREB 0871 ISR asserted", "EGY 045 ISR asserted", "EGY 045 PSEREB asserted"}},
	{"The first people charged with looting in Sunderland are due in court today.", nil},
	{"British police charged the first people with looting in Sunderland on Monday.", []string{"GBRCOP 173 GBRCVL asserted"}},
	// "see if", "asked if": a question, not a condition
	{"The talks were a first effort to see if France could help to negotiate concessions from the banks.", nil},
	{"Britain would help to negotiate concessions if France agreed.", []string{"GBR 046 - hypothetical"}},
	// the content of a passive request is not done either ("asked to leave" is sent away)
	{"Mr Blair was being urged to push for action on climate change at the summit.", nil},
	// a verbal attack; a warning of a situation with no "that"
	{"The Russian foreign minister attacked Britain's decision to expel the diplomats.", []string{"RUSGOV 111 GBR asserted"}},
	{"Russian troops attacked Kharkiv on Monday.", []string{"RUSMIL 190 UKR asserted"}},
	{"The London mayor warned the death toll may well increase.", []string{"GBRGOV 012 - asserted"}},
	{"Joe Biden warned North Korea he was prepared to use force.", []string{"USAGOV 130 PRK asserted"}},
	{"The tram derailed as it was negotiating a sharp curve.", nil},
	// "the meeting" is a noun: its parties are not the clause's subject
	{"The Palestinians called the meeting a failure.", nil},
	{"Israeli cabinet ministers were driven to the meeting in an armoured bus.", nil},
	{"Joe Biden's meeting with Vladimir Putin lasted two hours.", []string{"USAGOV 040 RUSGOV asserted", "RUSGOV 040 USAGOV asserted"}},
	// a participle describing a plural noun; an act only risked
	{"They were held at a camp with the families of dead or imprisoned militants.", nil},
	{"Belarusian police detained dozens of women at a march in Minsk on Sunday.", []string{"BLRCOP 173 BLRCVL asserted"}},
	{"A Briton on the wrong side risks being executed by an RAF drone.", nil},
	{"Two British journalists were detained by Turkish police on Monday.", []string{"TURCOP 173 GBRMED asserted"}},
	// a plotted or deterred attack is none; a demand's content past a date
	{"Britain shared intelligence with Kenya on a cell suspected of plotting attacks in Nairobi.", []string{"GBR 064 KEN asserted"}},
	{"The US sent an aircraft carrier to the region to deter an Iranian attack on Israel.", []string{"USA 154 - asserted"}},
	{"Russia launched an attack on Kyiv on Tuesday.", []string{"RUS 190 UKR asserted"}},
	// (no withdrawal: what is insisted on is the insister's demand, 1056, intent.go's mandative)
	{"The Israeli minister insisted on Tuesday that Hezbollah fighters withdraw north of the river.", []string{"ISRGOV 1056 LBNREB asserted"}},
	// a gerund describing an object actor (live rounds fired at supporters: repression, 175, refine.go);
	// a protest gerund is the crowd's march too (scope.go, as ev0627, ev0633, d4t003 code it)
	{"Mozambican police fired live rounds at opposition supporters marching in Maputo on Thursday.", []string{"MOZCOP 175 MOZOPP asserted", "MOZOPP 141 MOZGOV asserted"}},
	{"Witnesses saw Russian soldiers shooting civilians in Bucha.", []string{"RUSMIL 193 UKRCVL asserted"}},
	// found in the judged sample of 29 November (after the figures): a
	// headline's passive appeal, an adjective past three adverbs, "blast
	// into", an act forced only in the conditional mood, "cannot"
	{"UN urged to launch global effort to end offshore tax evasion", nil},
	{"The media are clearly not very welcome here.", nil},
	{"The company is hoping to blast into the new year with a launch.", nil},
	{"He said that if they did not the US would be forced to release the prisoners.", []string{"USA 0841 USACVL hypothetical"}},
	{"The protests forced the president of Sri Lanka to resign.", []string{"LKAGOV 0831 - asserted"}},
	// an act named as a clause's subject with no actor of its own; a
	// cordoned scene
	{"Britain's foreign secretary attacked a ruling that detaining suspects without trial breaks the law.", nil},
	{"The UN said the Israeli strike on Jabalia was a war crime.", []string{"ISR 190 PSE asserted"}},
	{"Officials said air strikes by Syrian planes have killed 600 civilians.", nil}, // civilians of no state named (unaimed.go)
	{"Police have sealed off the crash site.", nil},
	{"Israeli forces sealed off the town of Jenin on Monday.", []string{"ISRMIL 191 PSE asserted"}},
	// from the second judged sample (after its figures): a demand's
	// content past a list of names, a question, an unconcerned minister,
	// an aim after "towards"
	{"Donald Trump's demand that Germany, France and Britain repatriate and prosecute their citizens met a mixed response.", nil},
	{"When a French reporter asked about the role of the first lady, the president replied.", nil},
	{"The French government asked Britain for more help on Monday.", []string{"FRAGOV 023 GBR asserted"}},
	{"Australia said it was not overly concerned about the figures.", nil},
	{"Australia said it was concerned about the figures.", []string{"AUS 012 - asserted"}},
	{"In December, the EU pledged to work towards lifting the ban on arms sales to China.", nil},
	// a missile fired at a position or with casualties is a strike
	{"Isis militants fired a guided missile at a Kurdish position on Saturday, wounding two soldiers.", nil}, // "a Kurdish position" unread: no one (unaimed.go)
	{"Isis militants fired a guided missile at Kurdish forces on Saturday, wounding two soldiers.", []string{"IMGMOSISL 195 SYRREB asserted"}},
	{"North Korea fired a missile into the sea on Monday.", []string{"PRK 150 - asserted"}},
	// fighters and extremists travel; officials visit
	{"Four Saudi extremists arrived in a southern Turkish town in early September.", nil},
	{"The Saudi foreign minister arrived in Ankara on Monday.", []string{"SAUGOV 042 TUR asserted", "TUR 043 SAUGOV asserted"}},
	// an opinion on what should be done
	{"Washington knows from history how essential it is to rebut leaders preaching bigotry.", nil},
	{"Iran agreed to negotiate with the United States.", []string{"IRN 036 USA future"}},
	// "appealing" as an adjective; "battle to" as an effort
	{"When it was just the two of us, I think it was really appealing.", nil},
	{"The two rivals desperately battle to catch up with the front-runner.", nil},
	{"Russian and Ukrainian troops battled near Bakhmut on Monday.", []string{"RUSMIL 190 UKRMIL asserted", "UKRMIL 190 RUSMIL asserted"}},
}

func TestScope(t *testing.T) {
	checkSentences(t, newCoder(t), scopeCases, false)
}
