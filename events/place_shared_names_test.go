package events_test

import (
	"fmt"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestPlaceSharedNames places names that several countries share where
// the text says which: "Westminster" is Britain's parliament and London
// (actors/data/metonyms.txt; the London alias in scripts/gen-geo/
// overrides.txt), as "Capitol Hill" is Congress, not Westminster,
// Colorado. Near misses keep their answers: a capital alone ("in Paris on
// Monday"), the country Georgia before its president, "Jordan, the
// kingdom".
func TestPlaceSharedNames(t *testing.T) {
	c := newCoder(t)
	tests := []struct {
		text  string
		want  []string // "SOURCE CAMEO TARGET" per event
		place string   // "NAME ISO3 LAT LON" of every event, coordinates to one decimal
	}{
		{"MPs in Westminster condemned Russia on Tuesday.",
			[]string{"GBRLEG 111 RUS"}, "London GBR 51.5 -0.1"},
		{"The SNP in Westminster criticised the prime minister on Tuesday.",
			[]string{"GBRPTY 111 GBRGOV"}, "London GBR 51.5 -0.1"},
		{"Westminster condemned Russia on Tuesday.",
			[]string{"GBRLEG 111 RUS"}, ""},
		// near misses
		{"French police arrested five protesters in Paris on Monday.",
			[]string{"FRACOP 173 FRACVL"}, "Paris FRA 48.9 2.3"},
		{"Russia accused Georgia's president of provoking clashes in Tbilisi.",
			[]string{"RUS 112 GEOGOV"}, "Tbilisi GEO 41.7 44.8"},
		{"Syria accused Jordan, the kingdom on its southern border, of arming rebels.",
			[]string{"SYR 112 JOR", "JOR 072 SYRREB"}, ""},
	}
	for _, tt := range tests {
		a := &dyad.Article{ID: "t", Published: "2024-03-14", Body: []string{tt.text}}
		checkDyadsPlaced(t, c, a, tt.text, tt.want, tt.place, placeAndPoint)
	}
}

// placeAndPoint formats an event's place as "NAME ISO3 LAT LON", the
// coordinates to one decimal; "" for none.
func placeAndPoint(e dyad.Event) string {
	if e.Location == nil {
		return ""
	}
	return fmt.Sprintf("%s %.1f %.1f", placeCountry(e), e.Location.Lat, e.Location.Lon)
}
