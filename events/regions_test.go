package events_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/output"
)

// TestRegionLocation checks, on sentences written for this test, that an
// event in a first-level region is placed there as it would be in a city
// (name, country, coordinates, kind region), by the region's short name
// ("Zamfara"), its name with a type word ("Zamfara state", "Kano State",
// "the Kharkiv region", "the state of Zamfara", "Russia's Kursk
// region"), and that a region's name never takes a city's, a country's, a
// name two countries' regions share, or a generic word.
func TestRegionLocation(t *testing.T) {
	c := newCoder(t)
	const zamfara = "Zamfara NGA 12.01 6.42 region"
	tests := []struct {
		text  string
		want  []string // "SOURCE CAMEO TARGET" per event
		place string   // "NAME ISO3 LAT LON KIND" of every event, "" for none
		// told: the place is the alleged act's only, the accusation (112)
		// that tells it is placed nowhere (venue.go placeOwned)
		told bool
	}{
		{"Gunmen killed five villagers in Zamfara state on Sunday.", []string{"NGAUAF 180 NGACVL"}, zamfara, false},
		{"Gunmen killed five villagers in Zamfara on Sunday.", []string{"NGAUAF 180 NGACVL"}, zamfara, false},
		{"Gunmen killed five villagers in the state of Zamfara on Sunday.", []string{"NGAUAF 180 NGACVL"}, zamfara, false},
		{"Gunmen killed 12 villagers in Nigeria's Borno state on Sunday.", []string{"NGAUAF 180 NGACVL"}, "Borno NGA 12.19 13.31 region", false},
		{"Gunmen kidnapped 15 farmers in Niger State on Friday.", []string{"NGAUAF 181 NGAAGR"}, "Niger State NGA 9.93 5.65 region", false},
		// the city named like its region keeps the short name
		{"Police arrested ten protesters in Kano on Friday.", []string{"NGACOP 173 NGACVL"}, "Kano NGA 12.00012 8.51672 city", false},
		{"Police arrested ten protesters in Kano state on Friday.", []string{"NGACOP 173 NGACVL"}, "Kano State NGA 11.89 8.54 region", false},
		{"Russian missiles struck Kharkiv on Sunday.", []string{"RUSMIL 195 UKR"}, "Kharkiv UKR 49.98081 36.25272 city", false},
		{"Russian troops shelled villages in the Kharkiv region on Sunday.", []string{"RUSMIL 194 UKR"}, "Kharkiv Oblast UKR 49.6 36.5 region", false},
		{"Ukraine's military intelligence said its drones had struck an airfield in Russia's Kursk region on Sunday.",
			[]string{"UKRSPY 195 RUS"}, "Kursk Oblast RUS 51.73 36.19 region", false},
		{"Syrian jets bombed Idlib province on Monday.", []string{"SYRMIL 195 SYRCVL"}, "Idlib Province SYR 35.86 36.57 region", false},
		// a region struck makes its country the target
		{"Turkish drones struck targets in the Kurdistan Region on Monday.", []string{"TURMIL 1952 IRQ"}, "Kurdistan Region IRQ 36.18 44 region", false},
		{"Rebels attacked a village in North Kivu on Tuesday.", []string{"CODREB 190 CODCVL"}, "North Kivu COD -0.56 28.71 region", false}, // the villagers (targets_village_raid.go)
		// … but force alleged against positions is aimed at the accuser's forces
		{"Congo's army accused Rwandan troops on Friday of shelling positions near Sake in North Kivu.",
			[]string{"CODMIL 112 RWAMIL", "RWAMIL 194 CODMIL"}, "Sake COD -1.57386 29.04339 city", true}, // the town, the smallest known unit (CODING.md), since DR Congo is a watch country of the gazetteer
		{"Al-Shabaab fighters killed five soldiers in the Bay region on Tuesday.", []string{"SOMREB 190 SOMMIL"}, "Bay Region SOM 3 43.5 region", false},
		{"Police arrested ten protesters in Unity State on Friday.", []string{"SSDCOP 173 SSDCVL"}, "Unity State SSD 8.46 29.96 region", false},
		// guards: a country keeps its name; shared and generic names are no place
		{"Police arrested ten protesters in Georgia on Friday.", []string{"GEOCOP 173 GEOCVL"}, "Georgia GEO 42 43.5 country", false},
		{"Troops clashed with militants in Punjab province.", []string{"PAKMIL 190 PAKREB", "PAKREB 190 PAKMIL"}, "Punjab Province PAK 31 72 region", false},
		{"Troops clashed with militants in Punjab.", nil, "", false},
		{"Police arrested ten protesters in Unity on Friday.", nil, "", false},
	}
	for _, tt := range tests {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, dyadLine(e))
			place := placeLine(e)
			want := tt.place
			if tt.told && e.CAMEO == "112" {
				want = ""
			}
			if place != want {
				t.Errorf("%s\n %s %s at %q, want %q", tt.text, e.Source.Code, e.CAMEO, place, want)
			}
		}
		if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestRegionGDELT checks a region's event in the GDELT export: ActionGeo
// type 5 (a state or province outside the US), the region's name, its
// country's FIPS 10-4 code and its coordinates.
func TestRegionGDELT(t *testing.T) {
	c := newCoder(t)
	a := &dyad.Article{ID: "t", Published: "2024-07-13", Body: []string{"Gunmen killed five villagers in Zamfara state on Sunday."}}
	evs := c.Code(a)
	if len(evs) != 1 {
		t.Fatalf("%d events, want 1", len(evs))
	}
	row := output.GDELTRow(evs[0], output.Counts{NumMentions: 1, NumSources: 1, NumArticles: 1})
	got := strings.Join(row[51:59], "|") // ActionGeo_Type … ActionGeo_FeatureID
	if want := "5|Zamfara|NI|||12.01|6.42|"; got != want {
		t.Errorf("ActionGeo = %q, want %q", got, want)
	}
}
