package events_test

import "testing"

// TestFrontedYearComma: "last year" and a yearless day or month joined
// across a comma, either way round (a new user's, session 69: 2023 at
// year precision before), and where the join must not happen.
func TestFrontedYearComma(t *testing.T) {
	c := newCoder(t)
	checkDatedCases(t, c, "2024-03-14", []pubCase{
		{"", "Israeli forces raided a camp in Jenin last year, on June 12, the army said.", []string{"ISRMIL 190 PSE asserted 2023-06-12 day text"}},
		{"", "Last year, on June 12, Israeli forces raided a camp in Jenin.", []string{"ISRMIL 190 PSE asserted 2023-06-12 day text"}},
		{"", "Last year, on June 12, 2023, Israeli forces raided a camp in Jenin.", []string{"ISRMIL 190 PSE asserted 2023-06-12 day text"}},
		{"", "Last year, in June, Israeli forces raided a camp in Jenin.", []string{"ISRMIL 190 PSE asserted 2023-06 month text"}},
		{"", "On June 12 last year, Israeli forces raided a camp in Jenin.", []string{"ISRMIL 190 PSE asserted 2023-06-12 day text"}},
		// not joined: a day of another year, a weekday
		{"", "Last year, on June 12, 2021, Israeli forces raided a camp in Jenin.", []string{"ISRMIL 190 PSE asserted 2023 year text"}},
		{"", "Last year, on Monday, Israeli forces raided a camp in Jenin.", []string{"ISRMIL 190 PSE asserted 2023 year text"}},
	})
}

// TestFixedFeast: "on Christmas Day" and its kin are their day (a new
// user's, session 69: the publication day before); "over Christmas" and
// "Christmas Island" name no day; "Orthodox Christmas" is January 7.
func TestFixedFeast(t *testing.T) {
	c := newCoder(t)
	checkDatedCases(t, c, "2024-03-14", []pubCase{
		{"", "Russian troops shelled Kharkiv on Christmas Day.", []string{"RUSMIL 194 UKR asserted 2023-12-25 day text"}},
		{"", "Russian troops shelled Kharkiv on Christmas Eve.", []string{"RUSMIL 194 UKR asserted 2023-12-24 day text"}},
		{"", "Russian troops shelled Kharkiv on Christmas.", []string{"RUSMIL 194 UKR asserted 2023-12-25 day text"}},
		{"2024-12-28", "Russian troops shelled Kharkiv on Christmas Day last year.", []string{"RUSMIL 194 UKR asserted 2023-12-25 day text"}},
		{"2024-12-28", "Russian troops shelled Kharkiv on Christmas Day.", []string{"RUSMIL 194 UKR asserted 2024-12-25 day text"}},
		{"", "Russian troops shelled Kharkiv on Orthodox Christmas Day.", []string{"RUSMIL 194 UKR asserted 2024-01-07 day text"}},
		{"", "Russian troops shelled Kharkiv on Orthodox Christmas Eve.", []string{"RUSMIL 194 UKR asserted 2024-01-06 day text"}},
		{"", "Russian troops shelled Kharkiv on Orthodox Christmas.", []string{"RUSMIL 194 UKR asserted 2024-01-07 day text"}},
		{"", "Russian troops shelled Kharkiv over Christmas.", []string{"RUSMIL 194 UKR asserted 2024-03-14 day published"}},
		{"", "Russian troops shelled a port on Christmas Island.", []string{"RUSMIL 194 CXR asserted 2024-03-14 day published"}},
	})
}
