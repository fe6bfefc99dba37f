package events_test

import "testing"

// TestRefusalByNamedLeader checks, on sentences written for this test,
// that a leader named by surname alone who says his own state will not
// negotiate makes the refusal his state's, one way (125), as a full name
// or a pronoun does, while a foreign leader's or a bare "diplomats"'
// forecast of the state stays a negated act.
func TestRefusalByNamedLeader(t *testing.T) {
	c := newCoder(t)
	checkPublished(t, c, []datedCase{
		{"2024-03-04", "Putin said Russia would never negotiate with Kyiv.", []string{"RUS 125 UKR asserted"}},
		{"2024-03-04", "Putin said Moscow would not hold talks with Kyiv.", []string{"RUS 125 UKR asserted"}},
		{"2024-03-04", "Vladimir Putin said Russia would never negotiate with Kyiv.", []string{"RUS 125 UKR asserted"}},
		// another state's leader: a forecast, not Russia's refusal
		{"2024-03-04", "Erdogan said Russia would never negotiate with Kyiv.", []string{"RUS 046 UKR negated", "UKR 046 RUS negated"}},
	})
}
