package events_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestDatelineQualified: a dateline's state, province or country picks
// the town ("LONDON, Ontario" is Canada's London, "WESTMINSTER, Colo."
// Colorado's, not California's) and gives the story's unnamed police
// their state; a town the gazetteer lacks there is placed at the
// qualifier ("PARIS, Texas" is Texas, never France). In a sentence an
// abbreviation qualifies a town as its state's name does ("Athens,
// Ga."). A namesake in another state is not the town ("NEWARK, Del." is
// Delaware, not New Jersey's Newark), and a qualifier naming a country
// and a state ("DALTON, Georgia") with no town in either gives no
// country, but for a town named after a place abroad ("ROME, Georgia":
// the state, as in a sentence). Near misses keep their answers: a bare dateline ("PARIS"), one
// whose qualifier names the town's own country ("TBILISI, Georgia"), a
// bare dateline of a capital or city that keeps its country ("NAIROBI",
// "SAN JOSE", "HYDERABAD"; a bare "VICTORIA" gives none), a
// capital in a sentence ("in Paris on Monday"), Georgia's president.
func TestDatelineQualified(t *testing.T) {
	c := newCoder(t)
	const arrest = "Police arrested 20 protesters on Wednesday."
	tests := []struct {
		dateline, text string
		want           []string // "SOURCE CAMEO TARGET" per event
		place          string   // "NAME ISO3 LAT LON" of every event, coordinates to one decimal
	}{
		{"PARIS, Texas", arrest, []string{"USACOP 173 USACVL"}, "Texas USA 31.5 -99.3"},
		{"WESTMINSTER, Colo.", arrest, []string{"USACOP 173 USACVL"}, "Westminster USA 39.8 -105.0"},
		{"ATHENS, Ga.", arrest, []string{"USACOP 173 USACVL"}, "Athens USA 34.0 -83.4"},
		{"VICTORIA, British Columbia", arrest, []string{"CANCOP 173 CANCVL"}, "Victoria CAN 48.4 -123.4"},
		{"LONDON, Ontario", arrest, []string{"CANCOP 173 CANCVL"}, "London CAN 43.0 -81.2"},
		{"BIRMINGHAM, Ala.", arrest, []string{"USACOP 173 USACVL"}, "Birmingham USA 33.5 -86.8"},
		{"HYDERABAD, Pakistan", arrest, []string{"PAKCOP 173 PAKCVL"}, "Hyderabad PAK 25.4 68.4"},
		{"", "Police in Athens, Ga., arrested two men on Thursday.", []string{"USACOP 173 USACVL"}, "Athens USA 34.0 -83.4"},
		{"", "Police in Westminster, Colo., arrested two men on Thursday.", []string{"USACOP 173 USACVL"}, "Westminster USA 39.8 -105.0"},
		{"", "Police in Paris, Texas, arrested two men on Thursday.", []string{"USACOP 173 USACVL"}, "Texas USA 31.5 -99.3"},
		// a namesake in another state is not the town: the state is the place
		{"NEWARK, Del.", arrest, []string{"USACOP 173 USACVL"}, "Delaware USA 39.0 -75.5"},
		{"ATHENS, Ohio", arrest, []string{"USACOP 173 USACVL"}, "Ohio USA 40.3 -82.8"},
		{"LEXINGTON, Va.", arrest, []string{"USACOP 173 USACVL"}, "Virginia USA 37.5 -78.8"},
		{"CAMBRIDGE, Ohio", arrest, []string{"USACOP 173 USACVL"}, "Ohio USA 40.3 -82.8"},
		{"", "Police in Birmingham, Mich., arrested two men on Thursday.", []string{"USACOP 173 USACVL"}, "Michigan USA 44.3 -85.4"},
		// "Georgia" is a country and a state: a town in neither gives no
		// country, but for a name the gazetteer knows abroad, the state
		// (as "in Rome, Georgia" in a sentence)
		{"ROME, Georgia", arrest, []string{"USACOP 173 USACVL"}, "Georgia State USA 32.7 -83.4"},
		{"", "Police arrested 20 protesters in Rome, Georgia on Wednesday.", []string{"USACOP 173 USACVL"}, "Georgia State USA 32.7 -83.4"},
		{"DALTON, Georgia", arrest, nil, ""},
		{"ATHENS, Georgia", arrest, []string{"USACOP 173 USACVL"}, "Athens USA 34.0 -83.4"},
		// near misses
		{"PARIS", arrest, []string{"FRACOP 173 FRACVL"}, "Paris FRA 48.9 2.3"},
		{"TBILISI, Georgia", arrest, []string{"GEOCOP 173 GEOCVL"}, "Tbilisi GEO 41.7 44.8"},
		// a bare dateline follows a bare town's rule: an ambiguous small
		// capital gives no country (which Victoria?); a capital larger
		// than its namesakes, one of 100,000 people or more and a city of
		// a million keep theirs
		{"VICTORIA", arrest, nil, ""},
		{"VICTORIA", "Seychelles police arrested 20 protesters on Wednesday.", []string{"SYCCOP 173 SYCCVL"}, ""},
		{"NAIROBI", arrest, []string{"KENCOP 173 KENCVL"}, "Nairobi KEN -1.3 36.8"},
		{"SAN JOSE", arrest, []string{"CRICOP 173 CRICVL"}, "San José CRI 9.9 -84.1"},
		{"HYDERABAD", arrest, []string{"INDCOP 173 INDCVL"}, "Hyderabad IND 17.4 78.5"},
		{"", "French police arrested two men in Paris on Monday.", []string{"FRACOP 173 FRACVL"}, "Paris FRA 48.9 2.3"},
		{"", "Police in Tbilisi, Georgia, arrested 20 protesters on Wednesday.", []string{"GEOCOP 173 GEOCVL"}, "Tbilisi GEO 41.7 44.8"},
		{"", "Russia accused Georgia's president of provoking clashes in Tbilisi.", []string{"RUS 112 GEOGOV"}, "Tbilisi GEO 41.7 44.8"},
	}
	for _, tt := range tests {
		a := &dyad.Article{ID: "t", Published: "2024-05-17", Dateline: tt.dateline, Body: []string{tt.text}}
		checkDyadsPlaced(t, c, a, tt.dateline+" "+tt.text, tt.want, tt.place, placeAndPoint)
	}
}

// TestAmbiguousCapital: a capital smaller than a city of its name in
// another country ("Victoria": the Seychelles' 23,000 people, British
// Columbia's 290,000) is the namesake of the country the story names,
// its dateline at first; with none, the sentence's people get no country
// from it and its event is set aside. A capital larger than every
// namesake keeps its country in any story ("London", "Colombo"). A
// capital of 100,000 people or more smaller than a namesake ("San José",
// California's San Jose three times its size) keeps its country but in a
// story of the namesake's ("SAN FRANCISCO").
func TestAmbiguousCapital(t *testing.T) {
	c := newCoder(t)
	const clash = "Protesters in Victoria clashed with police on Friday."
	tests := []struct {
		dateline, text string
		want           []string
		place          string
	}{
		{"OTTAWA", clash, []string{"CANCVL 145 CANCOP"}, "Victoria CAN 48.4 -123.4"},
		{"", clash, nil, ""},
		{"", "Protesters in San Jose clashed with police on Friday.", []string{"CRICVL 145 CRICOP"}, "San José CRI 9.9 -84.1"},
		{"SAN FRANCISCO", "Protesters in San Jose clashed with police on Friday.", []string{"USACVL 145 USACOP"}, "San Jose USA 37.3 -121.9"},
		// near misses
		{"", "Protesters in London clashed with police on Friday.", []string{"GBRCVL 145 GBRCOP"}, "London GBR 51.5 -0.1"},
		{"", "Protesters in Colombo clashed with police on Friday.", []string{"LKACVL 145 LKACOP"}, "Colombo LKA 6.9 79.8"},
	}
	for _, tt := range tests {
		a := &dyad.Article{ID: "t", Published: "2024-05-17", Dateline: tt.dateline, Body: []string{tt.text}}
		checkDyadsPlaced(t, c, a, tt.dateline+" "+tt.text, tt.want, tt.place, placeAndPoint)
	}
}
