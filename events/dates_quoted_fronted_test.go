package events_test

import "testing"

// TestQuotedFrontedDay: a day fronted inside a quotation dates the quoted
// act; the attribution's day dates only a quoted act with no day of its
// own (a new user's, session 69: the saying day before).
func TestQuotedFrontedDay(t *testing.T) {
	c := newCoder(t)
	checkDatedCases(t, c, "2024-03-14", []pubCase{
		{"", "\"On Monday, Russian troops shelled Kharkiv,\" the Ukrainian governor said on Wednesday.", []string{"RUSMIL 194 UKR asserted 2024-03-11 day text"}},
		{"", "\"Russian troops shelled Kharkiv,\" the Ukrainian governor said on Wednesday.", []string{"RUSMIL 194 UKR asserted 2024-03-13 day text"}},
		{"", "On Monday, Russian troops shelled Kharkiv, the Ukrainian governor said on Wednesday.", []string{"RUSMIL 194 UKR asserted 2024-03-11 day text"}},
	})
}
