package events_test

import "testing"

// TestAdmittedMistake codes sentences written by the dyad team for
// admittedMistake (events/rnlex8.go): a verb of admission whose "that"
// clause names a mistake or error, or says the subject was wrong, is
// responsibility acknowledged (015) with no target; a denial that it was
// a mistake stays a denial. Each sentence is published on 2024-07-13 (a
// Saturday); each want lists every event as "SOURCE CAMEO TARGET status
// date", in any order; nil means no event.
func TestAdmittedMistake(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Greece's prime minister admitted on Friday that his government had made mistakes in the rescue operation.",
			[]string{"GRCGOV 015 - asserted 2024-07-12"}},
		{"The Japanese defence minister acknowledged that the missile alert had been an error.",
			[]string{"JPNGOV 015 - asserted 2024-07-13"}},
		{"The Kenyan government conceded it was wrong to expel the journalists.",
			[]string{"KENGOV 015 - asserted 2024-07-13"}},
		{"The Egyptian foreign ministry denied that the decision was a mistake.",
			[]string{"EGYGOV 016 - asserted 2024-07-13"}},
		// the mistake is in another clause
		{"The Chilean minister acknowledged the protests, but critics said the reform was a mistake.",
			nil},
	}, true)
}

// TestRealNewsWordingPatterns codes sentences written by the dyad team
// for the pattern lines of the real-news wording pass (rnlex8,
// events/data/verbs.txt): details declined (011), a thing called or
// described by a word of blame (111), a party contradicted (111),
// sanctions tightened, toughened or extended (163) and a commitment
// reaffirmed (030), with the uses the lines leave out.
func TestRealNewsWordingPatterns(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Pakistan's foreign minister declined on Tuesday to disclose details of his talks with the Afghan government.",
			[]string{"PAKGOV 011 - asserted 2024-07-09"}},
		{"The Chinese embassy declined to give details of the ambassador's schedule.",
			[]string{"CHNGOV 011 - asserted 2024-07-13"}},
		{"A spokesman for the Iraqi government refused to give details about the agreement.",
			[]string{"IRQGOV 011 - asserted 2024-07-13"}},
		{"The Turkish president declined to be specific about the timing of the operation.",
			[]string{"TURGOV 011 - asserted 2024-07-13"}},
		{"Share prices declined to levels not seen since 2009.",
			nil},
		{"The Hungarian prime minister called the EU's migration plan \"hypocritical\" on Monday.",
			[]string{"HUNGOV 111 IGOEUREEC asserted 2024-07-08"}},
		{"The Venezuelan foreign minister called the U.S. decision a \"grave mistake\".",
			[]string{"VENGOV 111 USA asserted 2024-07-13"}},
		// a charge called absurd stays a denial (lexical8.go)
		{"Serbia called the allegations \"absurd\" on Friday.",
			[]string{"SRB 016 - asserted 2024-07-12"}},
		{"Human Rights Watch described the new law as \"appalling\".",
			[]string{"NGOHRIHRW 111 - asserted 2024-07-13"}},
		{"The French defence minister contradicted the Italian government's account of the incident.",
			[]string{"FRAGOV 111 ITAGOV asserted 2024-07-13"}},
		{"The new data contradicts earlier forecasts.",
			nil},
		{"The European Union tightened sanctions on Belarus on Monday.",
			[]string{"IGOEUREEC 163 BLR asserted 2024-07-08"}},
		{"Washington toughened sanctions against Iran's oil sector on Thursday.",
			[]string{"USA 163 IRN asserted 2024-07-11"}},
		{"Britain extended sanctions on Syrian officials.",
			[]string{"GBR 163 SYRGOV asserted 2024-07-13"}},
		{"Jordan's king reaffirmed his commitment to the peace process on Tuesday.",
			[]string{"JORGOV 030 - future 2024-07-09"}},
	}, true)
}

// TestUnidentifiedAttackerKillings codes sentences written by the dyad
// team for unidentifiedAttacker (events/rnlex8.go): a gunman or shooter
// who kills many people uses unconventional violence (180), no mass
// killing (202); gunmen or an armed group that kill many still commit one.
func TestUnidentifiedAttackerKillings(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A lone gunman killed 51 worshippers at two mosques in Christchurch, New Zealand.",
			[]string{"NZLUAF 180 NZLCVL asserted 2024-07-13"}},
		{"A gunman killed at least 20 people at a shopping mall in El Paso, Texas, on Saturday.",
			[]string{"USAUAF 180 USACVL asserted 2024-07-13"}},
		{"Gunmen killed 40 villagers in Nigeria's Plateau state on Sunday.",
			[]string{"NGAUAF 202 NGACVL asserted 2024-07-07"}},
		{"Islamic State militants killed more than 300 villagers in northern Iraq.",
			[]string{"IMGMOSISL 202 IRQCVL asserted 2024-07-13"}},
	}, true)
}

// TestSanctionsVoted codes sentences written by the dyad team for the
// sanction lines of rnlex8 (events/data/verbs.txt) and the vote that
// enacts its infinitive past an adverb (realisedInfinitive, status.go):
// a vote for sanctions, or for a resolution or bill that imposes or
// toughens them, imposes them (163, asserted).
func TestSanctionsVoted(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The UN Security Council voted in favor of a resolution toughening sanctions on North Korea.",
			[]string{"IGOUNO 163 PRK asserted 2024-07-13"}},
		{"The UN Security Council passed a resolution imposing sanctions on South Sudan.",
			[]string{"IGOUNO 163 SSD asserted 2024-07-13"}},
		{"The US Senate passed a bill imposing new sanctions on Russia.",
			[]string{"USALEG 163 RUS asserted 2024-07-13"}},
		{"The Security Council voted unanimously to impose new sanctions on Iran.",
			[]string{"IGOUNO 163 IRN asserted 2024-07-13"}},
	}, true)
}

// TestResponseFrom codes sentences written by the dyad team for the
// "from" lines of rnlex8 (events/data/verbs.txt): the one a hostile
// response comes from criticises (111) the subject's actor; with no actor
// in the subject there is no event (lexconflict_test.go).
func TestResponseFrom(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Iran's foreign minister announced the decision, prompting a sharp response from the French foreign ministry.",
			[]string{"FRAGOV 111 IRNGOV asserted 2024-07-13"}},
		{"The Venezuelan government expelled the diplomats, drawing a furious reaction from Colombia.",
			[]string{"VENGOV 161 - asserted 2024-07-13", "COL 111 VENGOV asserted 2024-07-13"}},
		{"The plan drew a sharp response from the German government.", nil},
	}, true)
}

// TestPledgeMade codes sentences written by the dyad team for the pledge
// line of rnlex8 (events/data/verbs.txt): a pledge or assurance made or
// given to a party is an intent to cooperate with it (030, future);
// none given is negated.
func TestPledgeMade(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The IMF chief made the pledge during talks with the Kenyan president in Washington.",
			[]string{"IGOUNOIMF 030 KENGOV future 2024-07-13"}},
		{"Britain gave assurances to Ukraine that aid would continue.",
			[]string{"GBR 030 UKR future 2024-07-13"}},
		{"Turkey gave no assurances to the Kurds.",
			[]string{"TUR 030 - negated 2024-07-13"}},
	}, true)
}

// TestPortsClosed codes sentences written by the dyad team for the
// port and airspace lines of rnlex8 (events/data/verbs.txt): ports
// closed to a state's ships are an embargo (163), airspace closed to its
// flights restricts movement (191); a person denied entry is still
// rejected (120).
func TestPortsClosed(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The UN Security Council denied port access to four North Korean ships.",
			[]string{"IGOUNO 163 PRK asserted 2024-07-13"}},
		{"Japan banned North Korean ships from its ports.",
			[]string{"JPN 163 PRK asserted 2024-07-13"}},
		{"Canada barred Russian vessels from its ports on Monday.",
			[]string{"CAN 163 RUS asserted 2024-07-08"}},
		{"Morocco closed its airspace to flights from Algeria on Sunday.",
			[]string{"MAR 191 DZA asserted 2024-07-07"}},
		{"Turkey denied entry to the Dutch minister.",
			[]string{"TUR 120 NLDGOV asserted 2024-07-13"}},
	}, true)
}
