package events_test

import "testing"

// TestAppealAddressee checks that an appeal made to a party no actor codes
// ("called on non-OPEC producers to avoid harmful competition with OPEC")
// has no target (was IGOOPC, from inside the content clause, whose "avoid"
// the tagger reads as a noun), while an appeal to an actor keeps it.
func TestAppealAddressee(t *testing.T) {
	checkFamiliesOn(t, "2024-05-01", "", []familyCase{
		{"non-members addressed", "Saudi Arabia called on non-OPEC producers to avoid harmful competition with OPEC.",
			[]string{"SAU 020 - asserted"}},
		{"all parties to exercise restraint", "Saudi Arabia called on all parties to exercise restraint in talks with Iran.",
			[]string{"SAU 020 - asserted"}},
		{"near miss: an actor addressed", "Saudi Arabia called on Russia to avoid harmful competition with OPEC.",
			[]string{"SAU 020 RUS asserted"}},
	}, false)
}
