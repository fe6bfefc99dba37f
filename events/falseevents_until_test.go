package events_test

import "testing"

// TestUntilCondition: an act in an "until" clause after a refusal, a
// hold, a negation or a modal is the condition that would end it, no
// event (falseevents_until.go; dev17 W17105, dev13 W13094); after an
// affirmative past the end point happened and stays coded.
func TestUntilCondition(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kosovo's Prime Minister Albin Kurti refused on Tuesday to meet Serbia's president in Brussels until Belgrade signed the Western-brokered normalisation deal.",
			[]string{"KSVGOV 125 SRBGOV asserted"}},
		{"Lebanon's finance minister said on Tuesday that talks with the International Monetary Fund were on hold until the government settled a dispute over losses.", nil},
		{"Hungary will not ratify the deal until Sweden apologises.", []string{"HUN 120 SWE asserted"}},
		{"He said that while a deal could not be finalised until the UK had actually withdrawn from the EU, the preparations would go on.", nil},
		// an affirmative past: the end point happened
		{"Kenyan police held the protesters in a stadium until soldiers freed them on Monday.", []string{"KENMIL 0841 KENCVL asserted"}},
	}, false)
}
