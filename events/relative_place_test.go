package events_test

import "testing"

// TestRelativeAsidePlace checks, on sentences written for this test, that
// a place named in a relative clause set off by commas between the
// subject and its verb ("Kenya and Uganda, whose trade ministers met in
// Nairobi on Monday, signed …") does not place the main clause's event.
// Near misses: a place in the main clause itself, after the aside or
// with no aside, places the event.
func TestRelativeAsidePlace(t *testing.T) {
	checkVenues(t, []venueCase{
		{"", []string{"Kenya and Uganda, whose trade ministers met in Nairobi on Monday, signed a border accord in March."},
			[]string{"KEN 057 UGA asserted @- rep=-", "UGA 057 KEN asserted @- rep=-"}},
		// near misses
		{"", []string{"Kenya and Uganda, whose trade ministers met on Monday, signed a border accord in Kampala in March."},
			[]string{"KEN 057 UGA asserted @Kampala rep=-", "UGA 057 KEN asserted @Kampala rep=-"}},
		{"", []string{"Kenya and Uganda signed a border accord in Kampala in March."},
			[]string{"KEN 057 UGA asserted @Kampala rep=-", "UGA 057 KEN asserted @Kampala rep=-"}},
	})
}
