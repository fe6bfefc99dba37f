package dyad

import "testing"

// TestAsOf: an article's text speaks from its update date only when the
// update falls in a later year and the body names a year after the
// publication year and no later than the update's.
func TestAsOf(t *testing.T) {
	tests := []struct {
		name, published, updated string
		body                     []string
		want                     string
	}{
		{"rewritten explainer", "2012-05-10T14:29:05Z", "2026-04-24T11:16:53Z",
			[]string{"The alliance was founded in 1949.", "Its members met in Brussels in March 2026 after the attack."},
			"2026-04-24T11:16:53Z"},
		{"a year between the two", "2012-05-10", "2026-04-24",
			[]string{"Finland joined the alliance in 2023."}, "2026-04-24"},
		{"no later year in the text", "2012-05-10T14:29:05Z", "2026-04-24T11:16:53Z",
			[]string{"The alliance was founded in 1949 by 12 countries."}, "2012-05-10T14:29:05Z"},
		{"a year past the update is no sign", "2012-05-10", "2026-04-24",
			[]string{"Members pledged to spend 5% of output on defence by 2035."}, "2012-05-10"},
		{"a number that is no year", "2012-05-10", "2026-04-24",
			[]string{"The ministry counted 120145 refugees and 2019.5 tonnes of aid."}, "2012-05-10"},
		{"updated within its year", "2024-07-13T09:30:00+09:00", "2024-07-14T10:00:00+09:00",
			[]string{"The talks resumed in 2024."}, "2024-07-13T09:30:00+09:00"},
		{"no update", "2024-07-13", "", []string{"The talks resumed in 2025."}, "2024-07-13"},
		{"no publication date", "", "2026-04-24", []string{"The talks resumed in 2026."}, ""},
	}
	for _, tt := range tests {
		a := &Article{Published: tt.published, Updated: tt.updated, Body: tt.body}
		if got := a.AsOf(); got != tt.want {
			t.Errorf("%s: AsOf %q, want %q", tt.name, got, tt.want)
		}
	}
}
