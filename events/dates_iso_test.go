package events_test

import "testing"

// TestISODateInText (fresh65): an ISO 8601 date written in the text
// ("on 2024-02-29") dates the event at day precision, as "February 29"
// does; it was not read and the event took the publication day (date_from
// "published"). A date that does not exist ("2023-02-29", "2024-13-01")
// or is not written YYYY-MM-DD ("2024-2-28") is no date expression: the
// publication day stands. Team-written sentences; publication day
// Tuesday 2024-03-05.
func TestISODateInText(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct{ text, want string }{
		{"Kenya recalled its ambassador to Chile on 2024-02-29.", "KEN 161 CHL 2024-02-29 day"},
		{"On 2024-02-28, Kenya recalled its ambassador to Chile.", "KEN 161 CHL 2024-02-28 day"},
		{"Kenya recalled its ambassador to Chile on 2023-02-29.", "KEN 161 CHL 2024-03-05 day"},
		{"Kenya recalled its ambassador to Chile on 2024-13-01.", "KEN 161 CHL 2024-03-05 day"},
		{"Kenya recalled its ambassador to Chile on 2024-2-28.", "KEN 161 CHL 2024-03-05 day"},
	} {
		checkEventDate(t, c, "2024-03-05", tt.text, tt.want)
	}
}
