package events_test

import "testing"

// TestKillInOperation checks, on sentences written for this test, that a
// named leader killed "in" an air strike is the strike (195) and one
// killed in a raid or firefight the attack (190), as the open gold sets
// code them, while a killing by other means stays an assassination (186).
func TestKillInOperation(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-03-10", []coverageCase{
		{"Israeli jets killed Hamas commander Marwan Issa in an air strike on a refugee camp.",
			[]string{"ISRMIL 195 PSEREB asserted"}},
		{"Colombian troops killed FARC commander Ivan Marquez in a raid on a jungle camp.",
			[]string{"COLMIL 190 COLREB asserted"}},
		{"Israeli soldiers killed Hezbollah commander Ali Hamdan in a firefight near the border.",
			[]string{"ISRMIL 190 LBNREB asserted"}},
		// near miss: no operation named, an assassination
		{"Gunmen killed Hezbollah commander Ali Hamdan outside his home in Tyre on Monday.",
			[]string{"LBNUAF 186 LBNREB asserted"}},
	})
}
