package events_test

import "testing"

// TestExtraditedWanted codes an extradition with no receiving state
// named as aimed at the state the people are "wanted in" or "wanted by"
// (extradite_wanted.go), not at the people; a receiving state named
// stays, and an arrest of people wanted elsewhere is no handover.
func TestExtraditedWanted(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2012-03-15", "Peru extradited two suspected cocaine traffickers wanted in the United States on Thursday.",
			[]string{"PER 063 USA asserted"}},
		{"2012-03-15", "Georgia extradited a Chechen fighter wanted by Russia on Thursday.",
			[]string{"GEO 063 RUS asserted"}},
		{"2012-03-15", "Argentina extradited to Spain on Thursday a former police officer wanted for torture.",
			[]string{"ARG 063 ESP asserted"}},
		{"2012-03-15", "Peruvian police arrested two suspected cocaine traffickers wanted in the United States on Thursday.",
			[]string{"PERCOP 173 USACRM asserted"}},
	})
}
