package events_test

import "testing"

// TestPrivateTripAid61 checks that a leader who flies himself abroad for
// medical treatment or checks is neither a visitor (042/043) nor a giver
// of medical aid (073), while a state flying doctors or medical teams to
// another keeps 073 and a trip for talks stays a visit.
func TestPrivateTripAid61(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Namibia's president flew to Singapore for medical treatment on Monday.", nil},
		{"Zambia's president flew to London for medical checks on Monday.", nil},
		{"Namibia's president flew to Singapore for talks on Monday.", []string{"NAMGOV 042 SGP asserted", "SGP 043 NAMGOV asserted"}},
		{"Turkey flew medical teams to Syria on Monday.", []string{"TUR 073 SYR asserted"}},
		{"Turkey flew doctors to Syria for medical relief on Monday.", []string{"TUR 073 SYR asserted"}},
	}, false)
}
