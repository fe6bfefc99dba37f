package events_test

import (
	"testing"
)

// TestTopicModifier checks, on sentences written for this test, that a
// state named only as a war's name ("the Iraq war", "the Vietnam war")
// does not make the story that state's: later bodies take the place the
// story names, or no state.
func TestTopicModifier(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2004-07-13", []coverageCase{
		{"Anti-war campaigners lost a court case over a protest against the Iraq war. Three Appeal Court judges dismissed their appeal on Wednesday.", nil},
		{"Veterans of the Vietnam war marched in Canberra. The police arrested three of them on Wednesday.",
			[]string{"AUSCOP 173 - asserted"}},
		{"Campaigners against the Syria conflict rallied in London. The police arrested ten of them on Wednesday.",
			[]string{"GBRCOP 173 - asserted"}},
		{"Iraqi troops clashed with insurgents in Falluja. The police arrested ten of them on Wednesday.",
			[]string{"IRQMIL 190 IRQREB asserted", "IRQREB 190 IRQMIL asserted", "IRQCOP 173 - asserted"}},
	})
}

// TestCommunity checks, on sentences written for this test, a people's
// community abroad: with its state's adjective it is that state's
// civilians ("the Pakistani community in Manchester" PAKCVL, not the
// state PAK); with none it is no actor ("the Kurdish community", "the
// international community").
func TestCommunity(t *testing.T) {
	c := newCoder(t)
	checkCoderMentions(t, c, []mentionsCase{
		{"2024-07-13", "The Pakistani community in Manchester held a vigil on Tuesday.",
			"The Pakistani community=PAKCVL"},
		{"2024-07-13", "Members of the Nigerian diaspora in London protested against the election result on Monday.",
			"the Nigerian diaspora=NGACVL"},
		{"2024-07-13", "The Kurdish community in Manchester marched in solidarity with Afrin on Saturday.", ""},
		{"2024-07-13", "The international community condemned the coup in Niger on Monday.", ""},
	})
}

// TestRealNews2 codes team-written sentences shaped like events a
// fresh-user tester found wrong in real news. Each case is a short article
// (paragraphs in order) published on 2024-07-13 (a Saturday); want lists
// every event of the last paragraph as eventLine(e, true), in any order.
func TestRealNews2(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		// 1: a state's envoy to the UN is the state's; "he" after the
		// envoy's named apposition and "said" is the envoy; not ruling
		// out a possibility is no event
		{[]string{"Joe Biden lost the appeal on Monday.", "France's UN ambassador, Nicolas de Riviere, said he did not rule out the possibility of German-French conflict."},
			nil},
		{[]string{"Joe Biden lost the appeal on Monday.", "France's UN ambassador, Nicolas de Riviere, said he would visit Berlin next week."},
			[]string{"FRAGOV 036 DEU future 2024-07-13"}},
		// 2: the person named in apposition decides "its" minister's
		// country (a real spelling variant of a known name)
		{[]string{"Senior officials in London said Britain would keep its two military bases in Cyprus.", "Its foreign minister, Nicos Christodoulides, echoing growing fears in the region, welcomed the talks with Turkey."},
			[]string{"CYPGOV 013 TUR asserted 2024-07-13"}},
		// ... and "its" after a plural subject ("officials") is the state
		// last named as a subject, not the officials' country
		{[]string{"Keir Starmer and Britain's defence secretary spoke on Thursday.", "Our correspondent John Smith reports that senior government officials have been at pains to stress that Portugal has no part in the conflict being played out in Syria.", "Its foreign minister, Pedro Xavier, echoing mounting concerns over the impact on the country of possible strikes, welcomed the talks with Turkey."},
			[]string{"PRTGOV 019 - asserted 2024-07-13"}},
		// 3, 4: a bare cabinet or council is the government last named
		// with one, else nobody; never the topic country named last; a
		// body convening is no meeting with anyone
		{[]string{"Keir Starmer summoned an emergency cabinet meeting.", "Iran is at the centre of the crisis.", "The Cabinet agreed on the need to take action."},
			[]string{"GBRGOV 019 - asserted 2024-07-13"}},
		{[]string{"Britain's prime minister will meet Iran's foreign minister on Monday, the British government said.", "Iran is at the centre of the crisis.", "Cabinet agreed on the need to take action."},
			nil},
		{[]string{"Britain's prime minister will meet Iran's foreign minister on Monday, the British government said.", "Iran is at the centre of the crisis.", "Starmer will chair a meeting where the national security council will be meeting."},
			nil},
		// 5: rockets fired against targets are a strike, dated last year
		{[]string{"Last year, the Israeli army fired a few rockets against militant targets in Rafah."},
			[]string{"ISRMIL 194 PSEREB asserted 2023"}},
		// 6: summoning one's own cabinet complains to nobody; an envoy stays 114
		{[]string{"Keir Starmer has summoned an emergency cabinet meeting to discuss possible military options against Iran."},
			nil},
		{[]string{"Britain summoned Russia's ambassador on Monday over the poisoning."},
			[]string{"GBR 114 RUSGOV asserted 2024-07-08"}},
		// 7: an alleged attack set in a place is aimed at the place's
		// country, not at the accuser; a truce violated stays the accuser's
		{[]string{"MI5, the UK's security service, has accused Iran of being reckless in mounting a poison attack in Leeds."},
			[]string{"GBRSPY 112 IRN asserted 2024-07-13", "IRN 190 GBR alleged 2024-07-13"}},
		{[]string{"Hamas accused Israel of violating the truce in Gaza on Friday."},
			[]string{"PSEREB 112 ISR asserted 2024-07-13", "ISR 196 PSEREB alleged 2024-07-12"}},
		// 8: a complement clause after "denied" is what is denied, not the
		// words naming the accuser; "denied the accusation" still is
		{[]string{"Britain accused Iran of poisoning a defector in Leeds.", "Iran's army has already denied that blood samples taken by British scientists showed poison."},
			[]string{"IRNMIL 016 - asserted 2024-07-13"}},
		{[]string{"Britain accused Iran of poisoning a defector in Leeds.", "Iran's army has already denied the accusation."},
			[]string{"IRNMIL 016 GBR asserted 2024-07-13"}},
		// 9: a war is no agent, nor its country adjective
		{[]string{"More people have been killed by the Yemeni civil war than by any famine."},
			nil},
		// 10: "without consulting" says it did not happen
		{[]string{"The prime minister was criticised for military action against Iran's ally Yemen without consulting parliament."},
			nil},
		// 11: a company's departments are no government
		{[]string{"Joe Biden lost the appeal on Monday.", "Google employees received an email from Human Resources officials warning them about leaks."},
			nil},
		// 12: recognising a clause is cognition; recognising a state is 054
		{[]string{"Joe Biden lost the appeal on Monday.", "He also seemed to recognise the judge was likely to rule against him."},
			nil},
		{[]string{"Spain and Ireland recognised a Palestinian state on Tuesday."},
			[]string{"ESP 054 PSE asserted 2024-07-09", "IRL 054 PSE asserted 2024-07-09"}},
	})
}

// TestUnnamedSides checks, on sentences written for this test, that "all
// parties" and "the warring parties" are the sides of a conflict, no
// political party, and that a military or intelligence body's drones are
// its own while a ministry's warplanes are its state's military.
func TestUnnamedSides(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"The UN called on the warring parties in Sudan to accept a truce on Monday.",
			[]string{"IGOUNO 0256 - asserted"}},
		{"The UN called on all parties in Sudan to accept a truce on Monday.",
			[]string{"IGOUNO 0256 - asserted"}},
		{"Ukraine's military intelligence said its drones had struck an airfield in Russia's Kursk region on Sunday.",
			[]string{"UKRSPY 195 RUS asserted"}},
		{"Russia's defence ministry said its warplanes had struck militants in Syria's Idlib province on Sunday.",
			[]string{"RUSMIL 195 SYRREB asserted"}},
	}, false)
}

// TestUnitCompoundOwner checks, on sentences written for this test, a
// role noun phrase before a noun compound: the owner of a compound that
// names a unit, craft or site ("a Philippine navy supply boat") is an
// actor, the target of the act on it; before any other compound ("supply
// lines", "budget cuts") the phrase stays a modifier.
func TestUnitCompoundOwner(t *testing.T) {
	c := newCoder(t)
	checkCoderMentions(t, c, []mentionsCase{
		{"2023-11-18", "Chinese coast guard ships blocked a Philippine navy supply boat near Second Thomas Shoal.",
			"Chinese coast guard=CHNMIL | Philippine navy=PHLMIL"},
		{"2024-07-13", "Ukrainian drones struck a Russian army supply depot in Belgorod on Monday.",
			"Ukrainian drones=UKRMIL | Russian army=RUSMIL"},
		{"2024-07-13", "Indian police detained the crew of a Pakistani navy patrol boat on Friday.",
			"Indian police=INDCOP | Pakistani navy=PAKMIL"},
		{"2024-07-13", "Ukrainian forces shot down a Russian air force transport plane on Monday.",
			"Ukrainian forces=UKRMIL | Russian air force=RUSMIL"},
		{"2024-07-13", "Ukraine targeted Russian army supply lines on Monday.",
			"Ukraine=UKR | Russian army=~RUSMIL"},
		{"2024-07-13", "The French army budget cuts angered generals on Monday.",
			"The French army=~FRAMIL | generals=FRAMIL"},
	})
	checkDated(t, c, "2024-07-13", []coverageCase{
		{"Ukrainian drones struck a Russian army supply depot in Belgorod on Monday.",
			[]string{"UKRMIL 1952 RUSMIL asserted"}},
		{"Iranian forces seized a British navy supply vessel in the Gulf on Monday.",
			[]string{"IRNMIL 171 GBRMIL asserted"}},
	})
}

// committeeOnStateCases: a committee on a state is of its own legislature,
// and the state it deals with is no actor (nonactors.go). The exact events
// each article gives.
var committeeOnStateCases = []familyCase{
	// a committee on a state is of its own legislature, and the state it
	// deals with is no actor
	{"committee", "Lawmakers on the House Select Committee on the Chinese Communist Party said they were angered by Beijing's decision.", []string{"USALEG 111 CHN asserted"}},
	{"committee", "The Senate Committee on Foreign Relations condemned China's decision.", []string{"USALEG 111 CHN asserted"}},
	{"committee", "The House Select Committee on the Chinese Communist Party said it was outraged by the arrests.", nil},
	{"committee", "Lawmakers on the House Select Committee on the Chinese Communist Party met the FBI director on Tuesday. The lawmakers said they were disappointed by the briefing.", []string{"USALEG 040 USACOP asserted", "USACOP 040 USALEG asserted", "USALEG 111 - asserted"}},
	{"committee", "The Chinese Communist Party condemned the sale on Tuesday.", []string{"CHNGOV 111 - asserted"}},
}

// TestCommitteeOnState codes each case of committeeOnStateCases as an
// article published on 2024-03-14, one paragraph per sentence, and
// compares its events exactly.
func TestCommitteeOnState(t *testing.T) { checkFamilies(t, "", committeeOnStateCases, true) }

// TestPossessiveTopic codes team-written sentences with a possessive topic
// between a mutual verb and "with" ("discussed Iran's nuclear programme
// with"): the topic's state is no party (nonactors.go); a possessive
// office holder met is one. Each want lists every event of the sentence as
// "SOURCE CAMEO TARGET status date", in any order.
func TestPossessiveTopic(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// a possessive topic between a mutual verb and "with" is no party
		{"French President Emmanuel Macron discussed Iran's nuclear programme with German Chancellor Olaf Scholz on Monday.",
			[]string{"FRAGOV 040 DEUGOV asserted 2024-07-08", "DEUGOV 040 FRAGOV asserted 2024-07-08"}},
		{"Japan's foreign minister discussed China's maritime activity with his Australian counterpart by telephone on Friday.",
			[]string{"JPNGOV 041 AUSGOV asserted 2024-07-12", "AUSGOV 041 JPNGOV asserted 2024-07-12"}},
		{"French President Emmanuel Macron met Iran's foreign minister on Monday.",
			[]string{"FRAGOV 040 IRNGOV asserted 2024-07-08", "IRNGOV 040 FRAGOV asserted 2024-07-08"}},
	}, true)
}

// TestUnnamedGovernments codes team-written articles where an unnamed
// collective of governments or leaders ("most governments", "governments
// have also blamed") acts: it is no actor. Each case is a short article
// published on 2024-07-13 (a Saturday); want lists every event of the last
// paragraph as eventLine(e, true), in any order.
func TestUnnamedGovernments(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		// 3: an unnamed collective of governments or leaders is no actor
		{[]string{"Britain has taken back two of its citizens from the camps.", "Most governments balk at taking back their nationals."},
			nil},
		{[]string{"Iran has blocked the messaging app.", "Governments have also blamed the app for helping armed groups."},
			nil},
	})
}
