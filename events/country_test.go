package events_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestMainCountry: the state an article's actors name most, ties to the
// first named; none when no actor has a country.
func TestMainCountry(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct {
		body []string
		want string
	}{
		{[]string{"The prime minister said Australia would not bow to China.",
			"Canberra also urged Beijing to lift its tariffs on Australian wine, and Australia lodged a complaint."}, "AUS"},
		{[]string{"Kenya and Uganda resumed border talks."}, "KEN"},
		{[]string{"Rain fell across the region on Monday."}, ""},
	} {
		a := &dyad.Article{ID: "t", Body: tt.body}
		if got := c.MainCountry(a); got != tt.want {
			t.Errorf("MainCountry(%q) = %q, want %q", tt.body, got, tt.want)
		}
	}
}
