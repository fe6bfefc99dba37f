package events_test

import "testing"

// TestMeetingOthers checks that two subjects meeting "with" a party no
// actor codes each met that party, not each other (was KENGOV 040 UGAGOV
// and back), while "met with each other" and a bare "met" stay between
// them.
func TestMeetingOthers(t *testing.T) {
	checkFamiliesOn(t, "2024-05-01", "", []familyCase{
		{"met with communities", "The Kenyan and Ugandan governments say they have met with rural communities.",
			[]string{"KENGOV 040 - asserted", "UGAGOV 040 - asserted"}},
		{"talks with elders", "Kenya and Uganda held talks with village elders on Monday.",
			[]string{"KEN 046 - asserted", "UGA 046 - asserted"}},
		{"near miss: with each other", "The Kenyan and Ugandan governments met with each other on Monday.",
			[]string{"KENGOV 040 UGAGOV asserted", "UGAGOV 040 KENGOV asserted"}},
		{"near miss: a bare meeting", "Kenya and Uganda met on Monday.",
			[]string{"KEN 040 UGA asserted", "UGA 040 KEN asserted"}},
		{"near miss: a manner", "Kenya and Uganda met with great fanfare in Nairobi.",
			[]string{"KEN 040 UGA asserted", "UGA 040 KEN asserted"}},
		{"near miss: an aim", "Kenya and Uganda held talks with the aim of ending the dispute.",
			[]string{"KEN 046 UGA asserted", "UGA 046 KEN asserted"}},
	}, false)
}
