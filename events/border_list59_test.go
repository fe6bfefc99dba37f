package events_test

import "testing"

// TestBorderWithList codes joint patrols of two states along their
// "borders with" a list of third states as the two states' cooperation
// with each other: every state of the list after "border(s) with" is
// only where the border runs (actors_border.go borderWith); a list after
// a plain "with" stays the patrols' partners.
func TestBorderWithList(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Russian and Belarusian fighter jets began joint patrols of Belarus's airspace along its borders with Poland and Lithuania on Thursday.",
			[]string{"RUSMIL 062 BLRMIL asserted", "BLRMIL 062 RUSMIL asserted"}},
		{"Hungarian and Austrian police began joint patrols on Monday along the borders with Serbia, Croatia and Slovenia.",
			[]string{"HUNCOP 060 AUTCOP asserted", "AUTCOP 060 HUNCOP asserted"}},
		// near miss: the list after a plain "with" names partners
		{"Russia and Belarus began joint patrols with Poland and Lithuania on Thursday.",
			[]string{"RUS 062 - asserted", "BLR 062 - asserted", "POL 062 - asserted", "LTU 062 - asserted"}},
	}, false)
}
