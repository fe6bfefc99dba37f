package events_test

import "testing"

// TestEndangeredOrder: "threatened public order" (and democracy, calm)
// endangers a state of affairs, no threat against anyone ([endangered
// things] of data/words.txt): "…, saying they threatened public order"
// gave the banning government a threat (130) of its own, now none. A
// threat to restore order by force, or against a party, stays.
func TestEndangeredOrder(t *testing.T) {
	checkFamilies(t, "", []familyCase{
		{"endanger", "Zambia's government banned all opposition rallies on Monday, saying they threatened public order.",
			[]string{"ZMBGOV 1722 ZMBOPP asserted"}}, // (c73f) opposition rallies are the opposition's (gold README item 51)
		// near misses: a threat of force, a threat against a party
		{"endanger", "Kenya's government threatened to restore order by force on Monday.", []string{"KENGOV 138 - asserted"}},
		{"endanger", "Zambia's government threatened the opposition with arrests on Monday.", []string{"ZMBGOV 130 ZMBOPP asserted"}},
	}, false)
}
