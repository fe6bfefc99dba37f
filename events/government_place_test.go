package events_test

import "testing"

// TestPlacedGovernment: "the government" in a clause that puts its act in
// a city of another state than the one an earlier section of the story
// was about is that city's state's government (government_place.go); a
// place that only locates a mission abroad leaves it to the story.
func TestPlacedGovernment(t *testing.T) {
	c := newCoder(t)
	checkPublished(t, c, []datedCase{
		{"2024-03-02", "Afghan soldiers fought Taliban militants near Herat on Friday. The Afghan government vowed to send more soldiers.\n\nThe government used force against demonstrators in Kinshasa on Saturday.",
			[]string{"AFGMIL 190 AFGGOV asserted", "AFGGOV 154 - future", "CODGOV 175 CODCVL asserted"}},
		{"2024-03-02", "Pakistani police detained dozens of students in Lahore. The Pakistani government defended the detentions.\n\nThe regime arrested opposition activists in Caracas on Sunday.",
			[]string{"PAKCOP 173 PAKEDU asserted", "PAKGOV 052 - asserted", "VENGOV 173 VENOPP asserted"}},
		// near miss: the embassy in the city is the story's government's
		{"2024-03-02", "Afghan soldiers fought Taliban militants near Herat on Friday. The Afghan government vowed to send more soldiers.\n\nThe government closed its embassy in Kinshasa on Saturday.",
			[]string{"AFGMIL 190 AFGGOV asserted", "AFGGOV 154 - future", "AFGGOV 161 COD asserted"}},
	})
}
