package events_test

import "testing"

// TestExpelledAgency codes sentences written for this test: a state that
// expels an aid agency, its team or its head expels an aid agency (1663),
// a rights group's plain 166 (expelledOrganisation in refine.go), not
// deported people (174); journalists ordered out stay 174.
func TestExpelledAgency(t *testing.T) {
	c := newCoder(t)
	tests := []datedCase{
		{"2018-03-05", "Ethiopia expelled the country director of Oxfam on Tuesday.", []string{"ETH 1663 NGODEVXFM asserted"}},
		{"2018-03-05", "Zimbabwe expelled a team of Human Rights Watch researchers on Tuesday.", []string{"ZWE 166 NGOHRIHRW asserted"}},
		{"2018-03-05", "Burundi expelled two French journalists on Tuesday.", []string{"BDI 174 FRAMED asserted"}},
	}
	checkPublished(t, c, tests)
}
