package events_test

import "testing"

// TestObjectLists: a list in object position ends where a new clause's
// subject begins, and a place the dictionary does not name as an actor
// may head it.
func TestObjectLists(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Israel bombed Gaza and Lebanon on Monday.", []string{"ISR 195 PSE asserted", "ISR 195 LBN asserted"}},
		{"Russia attacked Ukraine, Georgia and Moldova.", []string{"RUS 190 UKR asserted", "RUS 190 GEO asserted", "RUS 190 MDA asserted"}},
		{"Russia attacked Ukraine and Georgia criticised Moscow.", []string{"RUS 190 UKR asserted", "GEO 111 RUS asserted"}},
		{"Egypt and Qatar mediated talks between Israel and Hamas.",
			[]string{"EGY 045 ISR asserted", "EGY 045 PSEREB asserted", "QAT 045 ISR asserted", "QAT 045 PSEREB asserted", "ISR 046 PSEREB asserted", "PSEREB 046 ISR asserted"}},
		{"Israeli and Palestinian officials held their first joint security meeting.",
			[]string{"ISRGOV 040 PSEGOV asserted", "PSEGOV 040 ISRGOV asserted"}},
	}, false)
}

// TestPresentHeadlines: a headline's present tense codes as the past
// does ("Russia attacks Ukraine" is no "Russia['s] attacks").
func TestPresentHeadlines(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Russia attacks Ukraine", []string{"RUS 190 UKR asserted"}},
		{"Israel strikes Gaza", []string{"ISR 190 PSE asserted"}},
		{"Washington imposes sanctions on Venezuela", []string{"USA 163 VEN asserted"}},
		{"The United States imposes sanctions on Venezuela, officials say.", []string{"USA 163 VEN asserted"}},
		{"Tbilisi protests enter their third week.", nil},
	}, false)
}

// TestOpeners: an opening phrase naming a place or an occasion changes
// nothing of the act ("Speaking in Geneva, Kenyan police arrested 20
// protesters": Kenya's protesters, not Switzerland's).
func TestOpeners(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Speaking in Geneva, Kenyan police arrested 20 protesters.", []string{"KENCOP 173 KENCVL asserted"}},
		{"After talks in Doha, Kenyan police arrested 20 protesters.", []string{"KENCOP 173 KENCVL asserted"}},
		{"Citing security concerns, Pakistan expelled an Indian diplomat.", []string{"PAK 161 INDGOV asserted"}},
		{"In a move likely to anger its neighbours, Egypt hosted the Israeli prime minister.",
			[]string{"EGY 043 ISRGOV asserted", "ISRGOV 042 EGY asserted"}},
	}, false)
}

// TestVerbalClash: leaders and governments clash in words, armed sides in
// arms.
func TestVerbalClash(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Erdogan and Putin clashed in public over the ceasefire.", []string{"TURGOV 111 RUSGOV asserted", "RUSGOV 111 TURGOV asserted"}},
		{"Israeli troops clashed with Palestinian gunmen in Jenin.", []string{"ISRMIL 190 PSEUAF asserted", "PSEUAF 190 ISRMIL asserted"}},
		{"Israel and Hamas clashed in Gaza.", []string{"ISR 190 PSEREB asserted", "PSEREB 190 ISR asserted"}},
	}, false)
}

// TestFigurative: a tram negotiates a curve and a speaker whips up a
// crowd: no talks, no flogging.
func TestFigurative(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"British police said the tram was negotiating a sharp curve when it derailed.", nil},
		{"Trump was whipping it up at the rally.", nil},
		{"Iran's morality police whipped two women in Tehran.", []string{"IRNCOP 182 IRNCVL asserted"}},
	}, false)
}

// TestTheNorth: in a story about the two Koreas "the North" and "the
// South" are the states, not a region; "the North workers" is a modifier.
func TestTheNorth(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"South Korea warned the North against further missile launches.", []string{"KOR 130 PRK asserted"}},
		{"The North fired two missiles into the sea, Seoul said.", []string{"PRK 150 - asserted"}},
		{"Fighting raged in the North of Syria.", nil},
	}, false)
}

// TestEmployer: someone "working for" an organisation is its people.
func TestEmployer(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Russia detained a journalist working for the Wall Street Journal.", []string{"RUS 173 USAMED asserted"}},
		{"Iran described the sanctions as economic terrorism.", []string{"IRN 111 - asserted"}},
		{"Russia described the talks as useful.", nil},
		// a charge d'affaires is a diplomat, not a charging
		{"Britain summoned the Iranian charge d'affaires.", []string{"GBR 114 IRNGOV asserted"}},
	}, false)
}

// TestActAuthor: a comment, welcome or criticism of an act named with
// its author ("remarks by France's president") targets the author.
func TestActAuthor(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Turkey criticised remarks by France's president about Islam.", []string{"TUR 111 FRAGOV asserted"}},
		{"Egypt welcomed the decision by Israel to reopen the crossing.", []string{"EGY 051 ISR asserted"}},
		// a state that protests complains officially
		{"China protested against the visit by a US delegation to Taiwan.", []string{"CHN 114 USAGOV asserted"}},
		{"Japan protested China's decision.", []string{"JPN 114 CHN asserted"}},
		{"Thousands protested in Beijing.", []string{"CHNCVL 141 - asserted"}}, // the crowd, not the state (sources_asides.go)
		// joining others' calls is an appeal of one's own
		{"Kuwait joined calls for an end to the fighting in Sudan.", []string{"KWT 0256 - asserted"}},
		{"Germany joined calls for the release of the journalist.", []string{"DEU 0253 - asserted"}},
		{"Sweden joined NATO.", []string{"SWE 050 IGOWSTNAT asserted"}},
		{"Egypt reopened its embassy in Libya.", []string{"EGY 050 LBY asserted"}},
		{"India lifted its ban on rice exports to Bangladesh.", []string{"IND 085 BGD asserted"}},
		{"Pakistan reserves the right to respond to any Indian aggression.", []string{"PAK 138 IND asserted"}},
	}, false)
}
