package events_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestPlaceRulesReview covers four readings of a place or an office that
// must not overreach: a seat of government inside a longer place's name
// ("Westminster Bridge": actors [seat name ends]); a serial-comma list
// whose second item is no qualifier ("in Pakistan, Kashmir, and
// Bangladesh": place_country_towns.go); a bare "the prime minister" of a
// state that had the office in the span dyad codes (Kenya, 2008–2013:
// [no prime minister] of data/words.txt); and a town's qualifier ended
// by a date ("Lebanon, Pennsylvania last week"), read alike while the
// actors are resolved and when the place is chosen (place_names.go
// dateWordsAt).
func TestPlaceRulesReview(t *testing.T) {
	c := newCoder(t)
	tests := []struct {
		date  string
		body  []string
		want  []string // "SOURCE CAMEO TARGET" per event
		place string   // "NAME ISO3" of every event
	}{
		// a seat inside a longer name is a place, no body
		{"2024-03-05", []string{"A man attacked pedestrians on Westminster Bridge on Monday."}, nil, ""},
		{"2024-03-05", []string{"Protesters clashed with police outside Westminster Abbey on Monday."}, nil, ""},
		// must still fire: the seat alone
		{"2024-03-05", []string{"Westminster condemned Russia on Tuesday."}, []string{"GBRLEG 111 RUS"}, ""},
		{"2024-03-05", []string{"The Kremlin condemned Ukraine on Tuesday."}, []string{"RUSGOV 111 UKR"}, ""},
		// a serial-comma list is no town
		{"2024-03-05", []string{"Police arrested dozens of protesters in Pakistan, Kashmir, and Bangladesh on Monday."},
			[]string{"PAKCOP 173 PAKCVL"}, "Pakistan PAK"},
		// must still fire: a town qualified by a foreign region
		{"2024-03-05", []string{"Police in Lebanon, Pennsylvania arrested two protesters on Monday."},
			[]string{"USACOP 173 LBNCVL"}, "Pennsylvania USA"},
		// a date after the qualifier ends it during resolution too
		{"2024-03-05", []string{"Police in Lebanon, Pennsylvania last week arrested two protesters."},
			[]string{"USACOP 173 LBNCVL"}, "Pennsylvania USA"},
		// Kenya had a prime minister in 2010
		{"2010-03-05", []string{"Kenya is in crisis after the vote.", "The prime minister criticised Uganda on Monday."},
			[]string{"KENGOV 111 UGA"}, ""},
		// must not fire: the United States has had none
		{"2010-03-05", []string{"The United States is in crisis after the vote.", "The prime minister criticised Uganda on Monday."},
			nil, ""},
	}
	for _, tt := range tests {
		a := &dyad.Article{ID: "t", Published: tt.date, Body: tt.body}
		checkDyadsPlaced(t, c, a, strings.Join(tt.body, " "), tt.want, tt.place, placeCountry)
	}
}
