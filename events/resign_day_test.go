package events_test

import "testing"

// TestResignedOnDay checks resign_day.go: a leader whose dictionary role
// ends on the day the sentence tells the resignation resigns as the
// office holder (Charles Taylor's LBRGOV line ends on 2003-08-11), while
// another act of that day keeps the bare state.
func TestResignedOnDay(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2003-08-11", "Charles Taylor resigned on Monday.",
			[]string{"LBRGOV 0831 - asserted"}},
		{"2003-08-11", "Charles Taylor criticised the United States on Monday.",
			[]string{"LBR 111 USA asserted"}},
	})
}
