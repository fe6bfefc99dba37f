package events_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestDatelineNamesake: a name the story's dateline names again is the
// dateline's place ("BOSTON, England", then "in Boston": England, not
// Massachusetts), and a city several countries share is the namesake in
// the dateline's country when the sentence and the story before say
// nothing of the other's ("ATLANTA (Reuters) - … in Birmingham":
// Alabama's); a capital gives way only to a city of the dateline's own
// state ("ATLANTA, Ga." then "in Athens"). It must not fire where the
// sentence or the story names the country ("British police … in
// Birmingham", "Egyptian police … in Alexandria"), for a capital under a
// dateline of another state ("NEW YORK" then "in Athens"), for a city the
// bare-town rule keeps far from its namesake ("in Alexandria" under
// "ATLANTA" or "LONDON", "in Melbourne" under "NEW YORK"; "in
// Manchester" under "WASHINGTON", far from New Hampshire's), though it
// fires for one near it ("WASHINGTON" then "in Alexandria": Virginia's),
// where the sentence's own words choose the
// dateline town's namesake abroad ("PARIS, Texas" then "the French city
// of Paris"), nor for "New England" or "Georgia's president".
func TestDatelineNamesake(t *testing.T) {
	c := newCoder(t)
	tests := []struct {
		dateline string
		body     []string
		want     []string // "SOURCE CAMEO TARGET" per event
		place    string   // "NAME ISO3 LAT LON" of every event
	}{
		// the dateline's town named again
		{"BOSTON, England", []string{"Hundreds of people gathered on Saturday.", "Police arrested two protesters in Boston on Monday."},
			[]string{"GBRCOP 173 GBRCVL"}, "England GBR 52.6 -1.5"},
		{"BIRMINGHAM, Ala.", []string{"Police arrested two protesters in Birmingham on Monday."},
			[]string{"USACOP 173 USACVL"}, "Birmingham USA 33.5 -86.8"},
		{"ROME, Ga.", []string{"Protesters clashed with police in Rome on Tuesday."},
			[]string{"USACVL 145 USACOP"}, "Georgia State USA 32.7 -83.4"},
		// the dateline's country's namesake
		{"ATLANTA", []string{"Protesters clashed with police in Birmingham on Monday."},
			[]string{"USACVL 145 USACOP"}, "Birmingham USA 33.5 -86.8"},
		{"ATLANTA, Ga.", []string{"Police arrested two protesters in Athens on Tuesday."},
			[]string{"USACOP 173 USACVL"}, "Athens USA 34.0 -83.4"},
		// near misses: the sentence's or the story's country, a capital
		// elsewhere, a bare dateline's own reading
		{"ATLANTA", []string{"British police arrested two protesters in Birmingham on Monday."},
			[]string{"GBRCOP 173 GBRCVL"}, "Birmingham GBR 52.5 -1.9"},
		{"ATLANTA", []string{"Britain's interior ministry said on Monday it would review the case.", "Protesters clashed with police in Birmingham on Monday."},
			[]string{"GBRCVL 145 GBRCOP"}, "Birmingham GBR 52.5 -1.9"},
		{"NEW YORK", []string{"Protesters clashed with police in Athens on Tuesday."},
			[]string{"GRCCVL 145 GRCCOP"}, "Athens GRC 38.0 23.7"},
		{"LONDON", []string{"Police in Boston, Lincolnshire arrested two protesters on Monday."},
			[]string{"GBRCOP 173 GBRCVL"}, "Lincolnshire GBR 53.1 -0.2"},
		{"", []string{"Police arrested two protesters in Durham, England on Monday."},
			[]string{"GBRCOP 173 GBRCVL"}, "England GBR 52.6 -1.5"},
		{"BOSTON", []string{"Police arrested two protesters across New England on Monday."},
			[]string{"USACOP 173 USACVL"}, "Boston USA 42.4 -71.1"},
		{"ATLANTA", []string{"Russia accused Georgia's president of provoking clashes in Tbilisi on Monday."},
			[]string{"RUS 112 GEOGOV"}, "Tbilisi GEO 41.7 44.8"},
		{"PARIS", []string{"French police arrested two men in Paris on Monday."},
			[]string{"FRACOP 173 FRACVL"}, "Paris FRA 48.9 2.3"},
		// a city the bare-town rule keeps: a million people or more, or
		// three times the dateline's namesake, far from the dateline
		{"ATLANTA", []string{"Protesters clashed with police in Alexandria on Friday."},
			[]string{"EGYCVL 145 EGYCOP"}, "Alexandria EGY 31.2 29.9"},
		{"LONDON", []string{"Protesters clashed with police in Alexandria on Friday."},
			[]string{"EGYCVL 145 EGYCOP"}, "Alexandria EGY 31.2 29.9"},
		// ... but not near it: Virginia's Alexandria is 10 km from
		// Washington, 66 km from Baltimore (Egypt's was taken for its
		// 3.8 million people); Florida's Melbourne 182 km from Tampa
		{"WASHINGTON", []string{"Protesters clashed with police in Alexandria on Friday."},
			[]string{"USACVL 145 USACOP"}, "Alexandria USA 38.8 -77.0"},
		{"BALTIMORE", []string{"Police in Alexandria arrested 30 protesters on Monday."},
			[]string{"USACOP 173 USACVL"}, "Alexandria USA 38.8 -77.0"},
		{"TAMPA", []string{"Police in Melbourne arrested 30 protesters on Monday."},
			[]string{"USACOP 173 USACVL"}, "Melbourne USA 28.1 -80.6"},
		{"WASHINGTON", []string{"Egyptian police arrested 30 protesters in Alexandria on Monday."},
			[]string{"EGYCOP 173 EGYCVL"}, "Alexandria EGY 31.2 29.9"},
		{"NEW YORK", []string{"Police in Melbourne arrested 30 protesters on Monday."},
			[]string{"AUSCOP 173 AUSCVL"}, "Melbourne AUS -37.8 145.0"},
		{"WASHINGTON", []string{"Protesters clashed with police in Manchester on Friday."},
			[]string{"GBRCVL 145 GBRCOP"}, "Manchester GBR 53.5 -2.2"},
		{"ATLANTA", []string{"Police in Birmingham arrested 30 protesters on Monday."},
			[]string{"USACOP 173 USACVL"}, "Birmingham USA 33.5 -86.8"},
		// the sentence's own evidence before the dateline's town
		{"PARIS, Texas", []string{"Police arrested two protesters in the French city of Paris on Monday."},
			[]string{"FRACOP 173 FRACVL"}, "Paris FRA 48.9 2.3"},
		{"ROME, Ga.", []string{"Italian police arrested two protesters in Rome on Monday."},
			[]string{"ITACOP 173 ITACVL"}, "Rome ITA 41.9 12.5"},
	}
	for _, tt := range tests {
		a := &dyad.Article{ID: "t", Published: "2024-05-17", Dateline: tt.dateline, Body: tt.body}
		checkDyadsPlaced(t, c, a, tt.dateline+" "+tt.body[len(tt.body)-1], tt.want, tt.place, placeAndPoint)
	}
}
