package events_test

import "testing"

// TestRemovedFromOffice codes "dismiss" with an officeholder of the
// actor's own state as object: a removal from office, no rejection
// (senses.go). A rejection of someone's words, of a foreign leader's
// offer, or of a person "as" something stays a 12x.
func TestRemovedFromOffice(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Tunisia's President Kais Saied suspended parliament and dismissed the prime minister on Sunday.",
			[]string{"TUNGOV 172 TUNLEG asserted"}},
		{"Thailand's Constitutional Court dismissed Prime Minister Srettha Thavisin on Wednesday.", nil},
		{"Ukraine's President Volodymyr Zelenskiy dismissed army chief Valeriy Zaluzhnyi on Thursday.", nil},
		{"Peru's President Pedro Castillo dismissed his interior minister on Friday.", nil},
		// near misses: words, offers and a person "as" something are rejected
		{"China dismissed the prime minister's remarks as irresponsible.",
			[]string{"CHN 120 - asserted"}},
		{"North Korea dismissed Japanese Prime Minister Fumio Kishida's offer of a summit.",
			[]string{"PRK 125 JPNGOV asserted", "JPNGOV 036 PRK future"}}, // as "Kishida's offer" (rejectedRequest's long maker)
		{"Zelenskiy dismissed Putin as a liar on Friday.",
			[]string{"UKRGOV 120 RUSGOV asserted"}},
	}, false)
}

// TestNoEventObjects codes verbs whose object makes them no event
// between actors (events/data/verbs.txt): calling an election (domestic
// politics) and hosting a press or sports event give none, while a call
// for elections, a visitor hosted and talks hosted stay.
func TestNoEventObjects(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"French President Emmanuel Macron dissolved parliament on Sunday and called a snap election.",
			[]string{"FRAGOV 172 FRALEG asserted"}},
		{"Japan's prime minister called a general election for October 27.", nil},
		{"He called the elections early because he feared rising prices.", nil},
		{"Mr Howard will host a news conference at the party's London headquarters every morning.", nil},
		{"The White House hosted a press briefing on Tuesday.", nil},
		{"Qatar will host the World Cup in 2022.", nil},
		{"The ministry hosted a press conference with reporters on Friday.", nil},
		{"Qatar hosted a fundraiser for flood victims.", nil},
		// a named visitor the event is held for or with is hosted
		{"China hosted a welcome ceremony for Russia's president in Beijing on Thursday.",
			[]string{"CHN 043 RUSGOV asserted", "RUSGOV 042 CHN asserted"}},
		{"Japan hosted an event for Ukraine's president in Tokyo.",
			[]string{"JPN 043 UKRGOV asserted", "UKRGOV 042 JPN asserted"}},
		{"India hosted a press conference with Australia's prime minister on Monday.",
			[]string{"IND 043 AUSGOV asserted", "AUSGOV 042 IND asserted"}},
		{"Saudi Arabia hosted a ceremony with leaders of Sudan's rival factions.",
			[]string{"SAU 043 SDNGOV asserted", "SDNGOV 042 SAU asserted"}},
		// near misses
		{"Kenya's opposition leader called for early elections on Monday.",
			[]string{"KENOPP 0244 - asserted"}},
		{"Kenya's President William Ruto will host a summit of East African leaders in Nairobi next week.",
			[]string{"KENGOV 036 - future"}},
		{"Macron hosted Zelenskiy at the Elysee on Monday.",
			[]string{"FRAGOV 043 UKRGOV asserted", "UKRGOV 042 FRAGOV asserted"}},
		{"China's Xi Jinping hosted Vladimir Putin at a military parade in Beijing on Wednesday.",
			[]string{"CHNGOV 043 RUSGOV asserted", "RUSGOV 042 CHNGOV asserted"}},
		{"Germany will host talks between Serbia and Kosovo next month.",
			[]string{"DEU 039 SRB future", "DEU 039 KSV future"}},
	}, false)
}

// TestStandingNonRecognition codes negated recognitions (054): a
// standing stance, no event (senses.go); recognitions and refusals to
// recognise stay.
func TestStandingNonRecognition(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Israel's foreign ministry denounced the ICC's decision as scandalous, saying Israel does not recognise the court's jurisdiction.",
			[]string{"ISRGOV 111 IGOICC asserted"}},
		{"Serbia has never recognised Kosovo's independence.", nil},
		{"Washington does not recognise Maduro as president.", nil},
		{"A Taliban spokesman said the movement did not recognise any court in The Hague.", nil},
		// near misses
		{"Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday.",
			[]string{"ESP 054 PSE asserted", "IRL 054 PSE asserted", "NOR 054 PSE asserted"}},
		{"Russia refused to recognise Ukraine's new government on Monday.",
			[]string{"RUS 120 UKRGOV asserted"}},
		{"Armenia said on Monday it would never recognise the breakaway region's referendum.",
			[]string{"ARM 120 - asserted"}},
	}, false)
}
