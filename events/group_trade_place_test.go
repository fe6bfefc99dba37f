package events_test

import "testing"

// TestGroupTradePlace: a city named before a group's trade and the group
// ("Melbourne construction workers") places the group, as a city right
// before it does ("Mosul workers"; actors_groups.go groupPlaceCountry),
// not the state the story named before.
func TestGroupTradePlace(t *testing.T) {
	uk := "Britain's unions called a national strike on Monday over pay."
	checkLastParagraph(t, newCoder(t), []articleCase{
		{[]string{uk, "Melbourne construction workers went on strike on Tuesday over pay."},
			[]string{"AUSLAB 143 AUSGOV asserted 2024-07-09"}},
		{[]string{uk, "Dhaka garment factory workers protested on Tuesday over pay."},
			[]string{"BGDLAB 141 BGDGOV asserted 2024-07-09"}},
		// near miss: no place, the story's state
		{[]string{uk, "Construction workers went on strike on Tuesday over pay."},
			[]string{"GBRLAB 143 GBRGOV asserted 2024-07-09"}},
	})
}
