package events_test

import (
	"fmt"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestBareAmbiguousTown gives a town the gazetteer knows in several
// countries, none far larger, the country the text names (the sentence,
// the story or the dateline), and else no country at all: "near Bor" is
// Russia's Bor or South Sudan's, and unnamed attackers there get no
// state. Near misses keep today's answers: a town of one name ("near
// Kharkiv"), a capital ("in Paris"), a city of a million people
// ("Hyderabad" is India's) and one far larger than its namesakes
// ("Manchester").
func TestBareAmbiguousTown(t *testing.T) {
	c := newCoder(t)
	tests := []struct {
		dateline string
		text     string
		want     []string // "SOURCE CAMEO TARGET" per event
		place    string   // "NAME ISO3" of every event
	}{
		{"", "Armed young men killed more than 30 cattle herders near Bor on Sunday.", nil, ""},
		{"JUBA", "Armed young men killed more than 30 cattle herders near Bor on Sunday.",
			[]string{"SSDUAF 202 SSDCVL"}, "Bor SSD"},
		{"", "South Sudan's army said gunmen killed five villagers near Bor on Sunday.",
			[]string{"SSDUAF 180 SSDCVL"}, "Bor SSD"},
		{"", "Gunmen killed five villagers near Bor in South Sudan on Sunday.",
			[]string{"SSDUAF 180 SSDCVL"}, "Bor SSD"},
		// near misses: one town of the name, a capital, a city of a
		// million, a city far larger than its namesakes
		{"", "Russian troops shelled villages near Kharkiv on Sunday.",
			[]string{"RUSMIL 194 UKR"}, "Kharkiv UKR"},
		{"", "Police arrested two men in Paris on Sunday.",
			[]string{"FRACOP 173 FRACVL"}, "Paris FRA"},
		{"", "Gunmen killed five villagers near Hyderabad on Sunday.",
			[]string{"INDUAF 180 INDCVL"}, "Hyderabad IND"},
		{"", "Police arrested two men in Manchester on Sunday.",
			[]string{"GBRCOP 173 GBRCVL"}, "Manchester GBR"},
	}
	for _, tt := range tests {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Dateline: tt.dateline, Body: []string{tt.text}}
		checkDyadsPlaced(t, c, a, fmt.Sprintf("%s (dateline %q)", tt.text, tt.dateline), tt.want, tt.place, placeCountry)
	}
}
