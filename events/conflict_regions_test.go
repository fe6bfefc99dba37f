package events_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestConflictRegionLocation checks, on sentences written for this test,
// that an event in a breakaway, autonomous or contested region the
// gazetteer lists since session 55 (Puntland, Jubaland, Rojava, Mindanao,
// Kashmir …) is placed there, kind region, in the internationally
// recognised state (Kashmir India's, as the gold sets code it), and that
// the region gives unnamed gunmen and bare police their state, and its
// state is the target of a strike on it.
func TestConflictRegionLocation(t *testing.T) {
	c := newCoder(t)
	tests := []struct {
		text  string
		want  []string // "SOURCE CAMEO TARGET" per event
		place string   // "NAME ISO3 LAT LON KIND" of every event
	}{
		{"Gunmen killed five villagers in Puntland on Sunday.", []string{"SOMUAF 180 SOMCVL"}, "Puntland SOM 9 49 region"},
		{"Gunmen killed five villagers in Somalia's Puntland region on Sunday.", []string{"SOMUAF 180 SOMCVL"}, "Puntland SOM 9 49 region"},
		{"Police in Puntland arrested three journalists on Monday.", []string{"SOMCOP 173 SOMMED"}, "Puntland SOM 9 49 region"},
		{"Al-Shabaab fighters attacked a military base in Jubaland on Monday.", []string{"SOMREB 190 SOMMIL"}, "Jubaland SOM 1.5 42.2 region"},
		{"Police arrested ten protesters in Hargeisa on Friday.", []string{"SOMCOP 173 SOMCVL"}, "Hargeisa SOM 9.56 44.065 city"},
		{"Turkish drones struck targets in Rojava on Monday.", []string{"TURMIL 1952 SYR"}, "Rojava SYR 36.2 40 region"},
		{"Gunmen attacked a police station in Mindanao on Monday.", []string{"PHLUAF 190 PHLCOP"}, "Mindanao PHL 7.6 124.9 region"},
		{"Pakistani troops shelled villages in Kashmir on Tuesday.", []string{"PAKMIL 194 IND"}, "Kashmir IND 34 74.8 region"},
	}
	for _, tt := range tests {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, dyadLine(e))
			place := placeLine(e)
			if place != tt.place {
				t.Errorf("%s\n %s %s at %q, want %q", tt.text, e.Source.Code, e.CAMEO, place, tt.place)
			}
		}
		if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestRegionForces checks, on sentences written for this test, that a
// military force named after a region ("Puntland forces", "Jubaland
// troops") is its state's military, as the gold sets code a region's
// troops, while the Tigray forces of the 2020–2022 war are the rebels
// groups.txt names them, and a force after a city's name is not placed so.
func TestRegionForces(t *testing.T) {
	c := newCoder(t)
	tests := []dyadCase{ // "SOURCE CAMEO TARGET" per event
		{"Puntland forces attacked Islamic State fighters on Tuesday.", []string{"SOMMIL 190 IMGMOSISL"}},
		{"Jubaland troops attacked al-Shabaab fighters near Kismayo on Sunday.", []string{"SOMMIL 190 SOMREB"}},
		{"Zamfara forces attacked bandits on Tuesday.", []string{"NGAMIL 190 NGACRM"}},
		{"Tigray forces attacked Eritrean troops on Monday.", []string{"ETHREB 190 ERIMIL"}},
		{"Benghazi forces attacked bandits on Sunday.", nil}, // a city's forces may be anyone's
	}
	checkDyads(t, c, "2021-07-13", tests)
}
