package events_test

import "testing"

// TestInspectionTour: a single named person who inspects a site, a ship
// or a disaster area tours it and investigates no one: no 090
// (inspection_tour.go).
func TestInspectionTour(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kim Jong Un inspected a new submarine at a shipyard in Sinpo on Tuesday, state media said.", nil},
		{"Queensland Premier Anna Bligh inspected the flood-hit suburbs of Brisbane on Sunday.", nil},
		{"Foreign Minister Penny Wong inspected the refugee camps on Manus Island on Thursday.", nil},
	}, false)
}

// TestInspectionTourNearMisses: inspectors, a coast guard and
// authorities who inspect keep the investigation (090).
func TestInspectionTourNearMisses(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"IAEA inspectors inspected the reactor at Yongbyon on Monday.",
			[]string{"IGOUNOIAE 090 - asserted"}},
		{"Japan's coast guard inspected a Panama-flagged tanker suspected of smuggling oil to North Korea.",
			[]string{"JPNMIL 090 PAN asserted"}},
	}, false)
}
