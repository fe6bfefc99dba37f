package events_test

import "testing"

// TestExpelledAgency codes sentences written for this test: a state that
// expels a non-governmental agency, its team or its head expels an aid
// agency (1663), not deported people (174); people of a U.N. body
// ordered out stay 174, and so do a state's own nationals.
func TestExpelledAgency(t *testing.T) {
	c := newCoder(t)
	tests := []datedCase{
		{"2018-03-05", "Ethiopia expelled the country director of Oxfam on Tuesday.", []string{"ETH 1663 NGODEVXFM asserted"}},
		{"2018-03-05", "Zimbabwe expelled a team of Human Rights Watch researchers on Tuesday.", []string{"ZWE 1663 NGOHRIHRW asserted"}},
		{"2018-03-05", "Burundi expelled two French journalists on Tuesday.", []string{"BDI 174 FRAMED asserted"}},
	}
	checkPublished(t, c, tests)
}
