package events_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestToldPlaceOverDateline: an event told first where only the dateline
// places it (the headline, "ABIDJAN - Ivorian jets bomb French base") and
// then in a sentence naming where it happened ("… in Bouaké") is one
// event at the named place, not the dateline's: two stories of the act
// filed from different cities were two events in the store, their places
// differing. A telling with no place of its own adds its mention and
// leaves the place as it was.
func TestToldPlaceOverDateline(t *testing.T) {
	c := newCoder(t)
	for _, tc := range []struct {
		title string
		body  []string
		want  string
	}{
		{"Ivorian jets bomb French base", []string{
			"Ivorian warplanes bombed a French military base in Bouaké on Saturday, killing nine French soldiers, the French army said."},
			"CIVMIL 195 FRAMIL @Bouaké also=1"},
		{"", []string{
			"Ivorian warplanes bombed a French military base on Saturday, the French army said.",
			"Ivorian warplanes bombed a French military base in Bouaké on Saturday, witnesses said."},
			"CIVMIL 195 FRAMIL @Bouaké also=1"},
		{"", []string{
			"Ivorian warplanes bombed a French military base in Bouaké on Saturday, the French army said.",
			"Ivorian warplanes bombed a French military base on Saturday, witnesses said."},
			"CIVMIL 195 FRAMIL @Bouaké also=1"},
	} {
		a := &dyad.Article{ID: "t", Published: "2004-11-06", Dateline: "ABIDJAN", Title: tc.title, Body: tc.body}
		var got []string
		for _, ev := range c.Code(a) {
			place := ""
			if ev.Location != nil {
				place = ev.Location.Name
			}
			got = append(got, fmt.Sprintf("%s %s %s @%s also=%d", ev.Source.Code, ev.CAMEO, ev.Target.Code, place, len(ev.Also)))
		}
		if strings.Join(got, "\n") != tc.want {
			t.Errorf("%q %q:\n got %q\nwant %q", tc.title, tc.body, got, tc.want)
		}
	}
}

// TestForceAbroadNotAtDateline: force (roots 18–20) between actors of two
// countries is not placed at the dateline, though one side is of the
// dateline's country: "PARIS (AP) - Ivory Coast's air force bombed a
// French base" was placed at Paris, apart from the tellings placing the
// bombing in Bouaké. Force by a source of the dateline's country, force
// within it, and a meeting in either party's country are still placed
// there.
func TestForceAbroadNotAtDateline(t *testing.T) {
	c := newCoder(t)
	for _, tc := range []struct {
		dateline, text, want string
	}{
		{"PARIS", "Ivory Coast's air force bombed a French base on Saturday, killing nine French soldiers, the French defence ministry said.", "CIVMIL 195 FRAMIL @"},
		{"PARIS", "Ivory Coast's president met French President Jacques Chirac on Sunday.", "CIVGOV 040 FRAGOV @Paris\nFRAGOV 040 CIVGOV @Paris"},
		{"BOUAKE", "Ivory Coast warplanes bombed a French military base in the rebel-held city on Saturday, killing nine French peacekeepers, French officials said.", "CIVMIL 195 FRAMIL @Bouaké"},
		{"ABIDJAN", "Ivorian soldiers attacked rebels in the north on Sunday, the army said.", "CIVMIL 190 CIVREB @Abidjan"},
	} {
		a := &dyad.Article{ID: "t", Published: "2004-11-06", Dateline: tc.dateline, Body: []string{tc.text}}
		var got []string
		for _, ev := range c.Code(a) {
			place := ""
			if ev.Location != nil {
				place = ev.Location.Name
			}
			got = append(got, fmt.Sprintf("%s %s %s @%s", ev.Source.Code, ev.CAMEO, ev.Target.Code, place))
		}
		if strings.Join(got, "\n") != tc.want {
			t.Errorf("%s - %q:\n got %q\nwant %q", tc.dateline, tc.text, got, tc.want)
		}
	}
}
