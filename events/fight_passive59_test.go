package events_test

import "testing"

// TestFightPassive59: a passive killing with no "by" agent in a fight
// "with" a named force is that force's attack (193 for a firefight or a
// gun battle, 190 for clashes); with no other side named there is no
// source and no event.
func TestFightPassive59(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2019-03-01", "A Palestinian gunman was killed in a firefight with Israeli troops in the West Bank on Tuesday.",
			[]string{"ISRMIL 193 PSEUAF asserted"}},
		{"2019-03-01", "Two Hamas militants were killed in a gun battle with Israeli forces near Jenin on Monday.",
			[]string{"ISRMIL 193 PSEREB asserted"}},
		{"2019-03-01", "Three Afghan soldiers were killed in clashes with Taliban fighters on Sunday.",
			[]string{"AFGREB 190 AFGMIL asserted"}},
		// near miss: no other side named
		{"2019-03-01", "Three soldiers were killed in a firefight on Sunday.",
			nil},
	}, false)
}
