package events_test

import "testing"

// TestForecasts checks that a future act hedged by an adverb of
// likelihood ("will probably cut", "will almost certainly step down") or
// predicted by commentators (", analysts said", "economists predicted")
// is no intent of its doer (was JPN 0354 future, JPNGOV 0341 future),
// while the doer's own plan, told plainly, by its own side or hedged in
// its own words, keeps its intent or threat.
func TestForecasts(t *testing.T) {
	checkFamiliesOn(t, "2024-05-01", "", []familyCase{
		{"hedged with probably", "Japan will probably cut tariffs on Korean goods next month.", nil},
		{"hedged with almost certainly", "Kishida will almost certainly step down as soon as parliament approves the tax.", nil},
		{"analysts' closing attribution", "Japan will cut tariffs on Korean goods next month, analysts said.", nil},
		{"economists' prediction, tagged a noun", "Japan will cut tariffs on Korean goods next month, economists predicted.", nil},
		{"analysts before the clause", "Political analysts said Kishida will step down in the summer.", nil},
		{"near miss: a plain plan", "Japan will cut tariffs on Korean goods next month.",
			[]string{"JPN 0354 - future"}},
		{"near miss: the doer's own ministry", "Japan will cut tariffs on Korean goods next month, the trade ministry said.",
			[]string{"JPN 0354 - future"}},
		{"near miss: its own hedged plan", "\"We will probably meet South Korea next week,\" Japan's foreign minister said.",
			[]string{"JPNGOV 036 KOR future"}},
		{"near miss: a pledge with certainly", "Japan will certainly retaliate against any attack, the defence minister said.",
			[]string{"JPN 138 - future"}},
	}, false)
}
