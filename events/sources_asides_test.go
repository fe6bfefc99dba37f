package events_test

import (
	"testing"
)

// TestSeparatedSubjects: a subject kept apart from its verb by an aside
// between commas or by a participle or adjective phrase after its head
// noun (sources_asides.go), and what must stay without a source.
func TestSeparatedSubjects(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// an aside opened by a preposition, holding a participle of its own
		{"Human Rights Watch, in a report published on Wednesday, accused Ethiopian troops of killing civilians in Amhara.",
			[]string{"NGOHRIHRW 112 ETHMIL asserted", "ETHMIL 190 ETHCVL alleged"}},
		{"Brazil, after weeks of talks with Washington over tariffs on its coffee and beef exports, recalled its ambassador on Monday.",
			[]string{"BRA 161 - asserted"}},
		{"The Japanese government, in a rare rebuke issued through its embassy in Beijing, criticised China on Friday.",
			[]string{"JPNGOV 111 CHN asserted"}},
		// a relative clause after an organisation's common noun, or with a quote
		{"Peru's Shining Path rebel group, which has been largely dormant for years, ambushed an army patrol on Sunday.",
			[]string{"PERREB 190 PERMIL asserted"}},
		{"Brazilian President Luiz Inacio Lula da Silva, who called the tariffs \"blackmail\", recalled his ambassador from Washington on Thursday.",
			[]string{"BRAGOV 161 USA asserted"}},
		// a participle or adjective phrase after the head
		{"Hamas fighters hiding in tunnels under Khan Younis attacked Israeli troops on Tuesday.",
			[]string{"PSEREB 190 ISRMIL asserted"}},
		{"Venezuelan troops sent to the Colombian border detained 30 smugglers on Friday.",
			[]string{"VENMIL 173 VENCRM asserted"}},
		{"Kenyan teachers angry at unpaid salaries marched to parliament in Nairobi on Monday.",
			[]string{"KENEDU 141 KENLEG asserted"}},
		{"Protesters angered by rising fuel prices stormed the parliament in Nairobi on Tuesday.",
			[]string{"KENCVL 145 KENLEG asserted"}},
		// no actor at the head: nothing
		{"The talks, which lasted three days, ended without agreement on Friday.", nil},
		{"Thousands of people displaced by the fighting in Sudan crossed into Chad on Sunday.", nil},
		{"Weapons supplied by Iran killed dozens of soldiers in Yemen last year.", nil},
	}, false)
}

// TestRouteEnds: the countries at the ends of a blocked border or road
// are places, so a blockade by protesters targets their government
// (sources_asides.go).
func TestRouteEnds(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Polish farmers blocked border crossings between Poland and Ukraine on Sunday.", []string{"POLAGR 144 POLGOV asserted"}},
		{"Hungarian truckers blocked the border with Serbia on Monday to protest against fuel prices.", []string{"HUNLAB 144 HUNGOV asserted"}},
		{"Bangladeshi protesters blocked the highway between Dhaka and Chittagong on Tuesday.", []string{"BGDCVL 144 BGDGOV asserted"}},
		// a strike across a border keeps its target
		{"Pakistani troops shelled Indian positions across the border with India on Monday.", []string{"PAKMIL 194 INDMIL asserted"}},
	}, false)
}

// TestIngNouns: an "-ing" noun is the head, not a participle opening a
// phrase after it: the nominal's own rules decide (sources_asides.go).
func TestIngNouns(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Russian shelling in Ukraine's Kherson region killed two civilians on Monday.", []string{"RUS 194 UKR asserted"}},
		{"A meeting in Doha between the two sides ended without agreement on Friday.", nil},
	}, false)
}

// TestButCoordination: a verb after "but" with no subject of its own
// takes the subject of the verb before it, or of the speech verb before
// that; a denial so coordinated denies nothing the first verb says
// (sources_asides.go, laterDenials).
func TestButCoordination(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Iran agreed to resume nuclear talks with the IAEA on Tuesday but ruled out direct negotiations with Washington.",
			[]string{"IRN 036 IGOUNOIAE future", "IRN 125 USA asserted"}},
		{"Saudi Arabia welcomed the truce but urged Israel to allow aid into Gaza.",
			[]string{"SAU 013 - asserted", "SAU 0255 ISR asserted"}},
		{"Kenya's president praised the peacekeepers on Friday but criticised the United Nations for delays in funding.",
			[]string{"KENGOV 051 - asserted", "KENGOV 111 IGOUNO asserted"}},
		{"The chancellor also hailed the longest period of growth in UK \"industrial history\" but denied he was \"gloating\".",
			[]string{"GBRGOV 051 - asserted", "GBRGOV 016 - asserted"}},
		// a named denier after "but" still denies the act before
		{"Ukraine said Russian troops had shelled Kharkiv, but Moscow denied it.",
			[]string{"RUSMIL 194 UKR denied", "RUS 016 UKR asserted"}},
	}, false)
}

// TestRejectedCalls: what a rejected call asks to be done to whom is not
// the rejection's target; who made the call is (sources_asides.go).
func TestRejectedCalls(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Serbia rejected calls to impose sanctions on Russia.", []string{"SRB 120 - asserted"}},
		{"Turkey dismissed demands to expel Hamas officials on Tuesday.", []string{"TUR 120 - asserted"}},
		{"India rejected calls from Washington to stop buying Russian oil.", []string{"IND 120 USA asserted", "USA 020 IND asserted"}},
		{"Hungary rejected a request to send weapons to Ukraine.", []string{"HUN 120 UKR asserted"}},
	}, false)
}

// TestHeadlinePairs: a headline joins two parties with a bare comma
// where prose writes "and"; an appositive keeps one subject
// (sources_asides.go).
func TestHeadlinePairs(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Armenia, Azerbaijan sign peace deal at White House", []string{"ARM 057 AZE asserted", "AZE 057 ARM asserted"}},
		{"Russia, Ukraine swap hundreds of prisoners of war", []string{"RUS 0841 UKRMIL asserted", "UKR 0841 RUSMIL asserted"}},
		{"Israel, Hamas agree to extend truce by two days", []string{"ISR 0871 PSEREB asserted", "PSEREB 0871 ISR asserted"}},
		{"Putin, Xi vow to deepen ties", []string{"RUSGOV 032 CHNGOV future", "CHNGOV 032 RUSGOV future"}},
		{"Hungary's prime minister, Viktor Orban, criticised the European Union on Friday.", []string{"HUNGOV 111 IGOEUREEC asserted"}},
	}, false)
}

// TestCrowds: a bare count of people opening the sentence acts for the
// people of the place it names (sources_asides.go).
func TestCrowds(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Thousands protested in Tbilisi on Sunday against the government.", []string{"GEOCVL 141 GEOGOV asserted"}},
		{"Hundreds marched through central Belgrade on Saturday to demand the government's resignation.", []string{"SRBCVL 1411 SRBGOV asserted"}},
		{"Tens of thousands rallied in Tel Aviv on Saturday.", []string{"ISRCVL 141 - asserted"}},
		{"Hundreds stormed the Swedish embassy in Baghdad on Thursday.", []string{"IRQCVL 145 SWE asserted"}},
		{"Thousands fled their homes in Gaza on Monday.", nil},
		// no place named: nobody known
		{"Thousands rallied on Saturday against the new law.", nil},
	}, false)
}

// TestDashAside codes subjects before an aside between dashes and a
// relative clause: the actors inside them are not the subject. Each case
// is a short article (paragraphs in order) published on 2024-07-13 (a
// Saturday); want lists every event of the last paragraph as eventLine(e,
// true), in any order.
func TestDashAside(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		// 4: a subject stands before an aside between dashes and a
		// relative clause; the actors inside them are not the subject
		{[]string{"Two Swiss guides who survived the flood - in which 14 Australians died - have denied any wrongdoing."},
			nil},
		{[]string{"Two Swiss guides who survived the flood in which 14 Australians died have denied any wrongdoing."},
			nil},
		{[]string{"The Kremlin - in a statement on Friday - rejected the plan."},
			[]string{"RUSGOV 127 - asserted 2024-07-12"}},
		{[]string{"The three guarantors – Russia, Turkey and Iran – have rejected the plan."},
			[]string{"RUS 127 - asserted 2024-07-13", "TUR 127 - asserted 2024-07-13", "IRN 127 - asserted 2024-07-13"}},
	})
}
