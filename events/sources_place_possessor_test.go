package events_test

import "testing"

// TestPlacePossessorSubject codes sources_place_possessor.go: a state or
// a capital named inside the place phrase that locates the subject
// ("Miners at Bolivia's Huanuni tin mine", "Dockworkers at Liberia's
// Freeport of Monrovia") is part of the place; the people before the
// preposition act, as "Miners in Bolivia" do (gold W49013 BOLLAB, W50027
// LBRLAB). Both gave no event before. An organisation's possessive (a
// workplace's owner) and a non-actor head are left as they were.
func TestPlacePossessorSubject(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Miners at Bolivia's Huanuni tin mine blocked the main highway on Thursday.",
			[]string{"BOLLAB 144 BOLGOV asserted"}},
		{"Striking miners at Chile's Escondida mine blocked the access road on Monday.",
			[]string{"CHLLAB 1721 - asserted"}},
		{"Dock workers at Ghana's Freeport of Accra downed tools on Monday.",
			[]string{"GHALAB 143 GHAGOV asserted"}},
		{"Dockworkers at Liberia's Freeport of Monrovia downed tools on Tuesday, accusing the port authority of withholding their hazard pay.",
			[]string{"LBRLAB 143 LBRGOV asserted", "LBRLAB 112 LBRGOV asserted"}},
		// near misses: a company's workplace, and a head that is no actor
		{"Workers at Volkswagen's plant in Wolfsburg staged a strike on Monday.", nil},
		{"The blast at Pakistan's army school killed 140 children on Tuesday.", nil},
	}, false)
}
