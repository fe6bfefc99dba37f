package events_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestOfficeCountry: the state whose office holders (people with dated
// roles) an article names most, ties to the first named; none when it
// names no office holder, however many countries it names (MainCountry,
// before, gave "KEN" for "Kenya and Uganda resumed border talks", and the
// undated warning an example, "KEN, not KENGOV", that no code of the
// article bore out).
func TestOfficeCountry(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct {
		body []string
		want string
	}{
		{[]string{"Anthony Albanese said Australia would not bow to China.",
			"Canberra also urged Beijing to lift its tariffs on Australian wine, and Albanese lodged a complaint."}, "AUS"},
		{[]string{"China and Japan traded accusations, and Anthony Albanese urged calm."}, "AUS"},
		{[]string{"The prime minister said Australia would not bow to China."}, ""},
		{[]string{"Kenya and Uganda resumed border talks."}, ""},
		{[]string{"Rain fell across the region on Monday."}, ""},
	} {
		a := &dyad.Article{ID: "t", Body: tt.body}
		if got := c.OfficeCountry(a); got != tt.want {
			t.Errorf("OfficeCountry(%q) = %q, want %q", tt.body, got, tt.want)
		}
	}
}
