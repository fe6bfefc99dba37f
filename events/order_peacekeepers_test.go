package events_test

import "testing"

// TestOrderedPeacekeepersOut: a state ordering the U.N. to withdraw or
// pull out its peacekeeping mission, peacekeepers or the mission's staff
// is 1661 (gold README "Conventions fixed here" item 56); an order to
// withdraw other staff, and a demand that peacekeepers be withdrawn,
// are no expulsion (order_peacekeepers.go).
func TestOrderedPeacekeepersOut(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Chad ordered the United Nations on Monday to withdraw the civilian staff of its peacekeeping mission within a week.",
			[]string{"TCD 1661 IGOUNO asserted"}},
		{"The Congolese government instructed the U.N. on Tuesday to pull out 2,000 peacekeepers by June.",
			[]string{"CODGOV 1661 IGOUNO asserted"}},
		// near misses: monitors are no peacekeepers; a demand is no order
		{"Chad ordered the United Nations on Monday to withdraw its human rights monitors within a week.",
			[]string{"TCD 1042 IGOUNO asserted"}},
		{"Chad demanded on Monday that the United Nations withdraw its peacekeepers.",
			[]string{"TCD 1042 IGOUNO asserted"}},
		// a peacekeeping word past the withdrawn object (review73b
		// finding 7): Chad's soldiers are no peacekeepers
		{"Sudan ordered Chad to withdraw its soldiers from the border area near peacekeeping bases.",
			[]string{"SDN 1042 TCD asserted"}},
		{"Mali ordered the United Nations to pull out its peacekeepers from the country.",
			[]string{"MLI 1661 IGOUNO asserted"}},
	}, false)
}
