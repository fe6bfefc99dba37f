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

// TestQuantifiedCollectives codes a quantifier before a nationality's
// politicians or officials ("some Turkish politicians") as no source of
// a statement or an opinion; as a target, or as the source of a deed
// (a meeting), the officials are their state's government.
func TestQuantifiedCollectives(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Some Turkish politicians welcomed the election result.", nil},
		{"Some Japanese officials urged a weaker yen.", nil},
		{"Several Russian diplomats were expelled by Poland.", []string{"POL 161 RUSGOV asserted"}},
		{"Poland expelled several Russian officials.", []string{"POL 174 RUSGOV asserted"}},
		// the source of a deed, not of an opinion, is the state's government
		{"Some U.S. officials met Chinese diplomats in Beijing.", []string{"USAGOV 040 CHNGOV asserted", "CHNGOV 040 USAGOV asserted"}},
	}, false)
}

// TestWarNoAgent codes people killed "by the Yemeni civil war": a war is
// no agent, nor its country adjective. Each case is a short article
// (paragraphs in order) published on 2024-07-13 (a Saturday); want lists
// every event of the last paragraph as eventLine(e, true), in any order.
func TestWarNoAgent(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		// 9: a war is no agent, nor its country adjective
		{[]string{"More people have been killed by the Yemeni civil war than by any famine."},
			nil},
	})
}

// TestCompanyDepartments codes a company's departments ("Human Resources
// officials"): no government. Each case is a short article (paragraphs in
// order) published on 2024-07-13 (a Saturday); want lists every event of
// the last paragraph as eventLine(e, true), in any order.
func TestCompanyDepartments(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		// 11: a company's departments are no government
		{[]string{"Joe Biden lost the appeal on Monday.", "Google employees received an email from Human Resources officials warning them about leaks."},
			nil},
	})
}

// TestBaseModifier checks that the state in a "-based" modifier ("the
// Britain-based Syrian Observatory", "the London-based group") is a
// body's seat and lends no state to another unnamed actor of the
// sentence; a "-administered" place still does.
func TestBaseModifier(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Troops killed 740 civilians, the Britain-based Syrian Observatory for Human Rights said.", nil},
		{"Police in Indian-administered Kashmir arrested 20 people.",
			[]string{"INDCOP 173 INDCVL asserted"}},
	}, false)
}

// TestOwnedPlatform checks, on sentences written for this test, that a
// platform named as someone's account after a possessive ("his Facebook
// page", "its Telegram channel", "her TikTok account") names no company:
// it is neither source nor reporter, while the platform blocked keeps its
// owner.
func TestOwnedPlatform(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"A man in Ontario who had posted the militia's flag on his Facebook page rammed his truck into three soldiers.", nil},
		{"The militia posted a video on its Telegram channel after its fighters attacked a police post in Kano on Monday.",
			[]string{"NGAREB 190 NGACOP asserted"}},
		{"A student who had praised the attack on her TikTok account stabbed two police officers in Lyon on Friday.",
			[]string{"FRAEDU 051 - asserted"}},
		{"Russia blocked Facebook on Friday.",
			[]string{"RUS 172 USABUS asserted"}},
	}, false)
}
