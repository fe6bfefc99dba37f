package events_test

import "testing"

// TestReliefCargo checks, on sentences written for this test (and gold
// dev41 W41020), that an arrival bringing relief goods is aid to the
// place reached (073), and that an arrival with other cargo, or an
// official's, is not.
func TestReliefCargo(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Indian navy ships docked in Colombo on Monday with tents, water purifiers and 40 tonnes of rice for Sri Lankan families made homeless by mudslides in the island's southwest.",
			[]string{"INDMIL 073 LKA asserted"}},
		{"Turkish army planes landed in Tripoli on Monday carrying food and medicine.",
			[]string{"TURMIL 073 LBY asserted"}},
		{"Indian navy ships arrived in Colombo on Monday with tents and rice.",
			[]string{"INDMIL 073 LKA asserted"}},
		// a warship's or a military load is no relief
		{"A Russian warship docked in Tartus on Monday with fuel and ammunition for Syrian troops.",
			nil},
		{"Russian navy ships docked in Tartus on Monday with fuel and ammunition for Syrian troops.",
			nil},
		// an official's arrival with a message is a visit
		{"The Iranian foreign minister arrived in Beirut on Monday with a message of support.",
			[]string{"IRNGOV 042 LBN asserted", "LBN 043 IRNGOV asserted"}},
		// a navy's port call is no event
		{"A Russian warship docked in Havana on Monday.",
			nil},
	}, false)
}
