package events

import "github.com/dyad-events/dyad"

// nestedPlaces reports two locations of which one is a country and the
// other a place inside it: "became the first leader to visit Chile,
// arriving in Santiago" tells one visit at two scales, not two visits to
// two places.
func nestedPlaces(a, b *dyad.Location) bool {
	if a == nil || b == nil || a.Country == "" || a.Country != b.Country {
		return false
	}
	return (a.Kind == "country") != (b.Kind == "country")
}
