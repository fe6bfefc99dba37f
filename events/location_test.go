package events_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestEventLocation checks where an event is placed: the city or region an
// attack struck before any other place, a place phrase past its modifiers
// ("the Lebanese city of Tyre"), a country struck only when the dateline is
// not inside it, and the dateline last, when the event's source is of the
// dateline's country (or its target, for a meeting or an attack).
func TestEventLocation(t *testing.T) {
	c := newCoder(t)
	tests := []struct {
		dateline, text string
		cameo, target  string // target text, "" for none
		place          string // location name, "" for none
	}{
		{"", "Russian missiles struck Kyiv on Monday.", "195", "Kyiv", "Kyiv"},
		{"", "Russian troops shelled the city of Kharkiv on Monday.", "194", "Kharkiv", "Kharkiv"},
		{"", "Russian missiles struck the Ukrainian port of Odesa on Monday.", "195", "the Ukrainian port of Odesa", "Odesa"},
		{"", "Ukrainian drones struck the Russian city of Belgorod on Monday.", "1952", "the Russian city of Belgorod", "Belgorod"},
		{"", "Russian forces captured the eastern town of Avdiivka on Saturday.", "192", "Avdiivka", "Avdiivka"},
		{"", "Israeli jets struck targets in the Lebanese city of Tyre on Monday.", "195", "Tyre", "Tyre"}, // the place's state, as "targets in Tyre" (targets_places.go)
		{"", "Israeli jets struck Tyre in southern Lebanon on Monday.", "195", "Tyre", "Tyre"},
		{"KYIV", "Russian missiles struck Odesa on Monday.", "195", "Odesa", "Odesa"},
		{"MOSCOW", "Russia attacked Ukraine on Monday.", "190", "Ukraine", "Ukraine"},
		{"KYIV", "Russia attacked Ukraine on Monday.", "190", "Ukraine", "Kyiv"},
		{"", "Russia criticised Kyiv on Monday.", "111", "Kyiv", ""}, // a capital as the government, not a place
		{"SEOUL", "South Korea criticised North Korea on Monday.", "111", "North Korea", "Seoul"},
		// a dateline is where the reporter is: an act of another state's
		// source happened at home, not there (datelineFits)
		{"SEOUL", "North Korea criticised South Korea on Monday.", "111", "South Korea", ""},
		{"WASHINGTON", "Russia expelled two US diplomats on Monday.", "161", "US diplomats", ""},
		{"", "Jihadists killed 12 soldiers in northern Burkina Faso on Sunday.", "190", "soldiers", "Burkina Faso"},
		{"", "Saudi Arabia called for a ceasefire in Jeddah on Saturday.", "0256", "", "Jeddah"},
		// a place struck, named as the subject of a passive, is the target
		{"", "Odesa was attacked by Russia on Monday.", "190", "Odesa", "Odesa"},
		{"", "The city of Kharkiv was shelled by Russian forces overnight.", "194", "The city of Kharkiv", "Kharkiv"},
		// the agent's own city: no target, and so no event (TestUnaimedActs)
		// a dateline locates only events of its own country's actors
		{"KYIV", "Al-Shabaab militants ambushed a Somali army patrol on Monday.", "190", "Somali army", ""},
		// a feature named after a place is not the place
		{"", "Washington accused Beijing of harassing Philippine vessels near Scarborough Shoal.", "112", "Beijing", ""},
	}
	for _, tt := range tests {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Dateline: tt.dateline, Body: []string{tt.text}}
		evs := c.Code(a)
		if len(evs) != 1 {
			t.Errorf("%s: %d events, want 1: %v", tt.text, len(evs), evs)
			continue
		}
		ev := evs[0]
		target, place := "", ""
		if ev.Target != nil {
			target = ev.Target.Text
		}
		if ev.Location != nil {
			place = ev.Location.Name
		}
		if ev.CAMEO != tt.cameo || target != tt.target || place != tt.place {
			t.Errorf("%s\n got %s target %q at %q\nwant %s target %q at %q", tt.text, ev.CAMEO, target, place, tt.cameo, tt.target, tt.place)
		}
	}
}

// TestPlacesKeepEventsApart checks the within-article merge: the same
// event told twice is one event with its further evidence, but strikes on
// different places named by their sentences stay apart.
func TestPlacesKeepEventsApart(t *testing.T) {
	c := newCoder(t)
	a := &dyad.Article{ID: "t", Published: "2024-07-13", Body: []string{
		"Israeli jets struck Gaza City on Friday.",
		"Israeli jets struck Khan Younis on Friday, killing 20.",
		"Israeli jets struck Rafah on Friday.",
		"Israeli jets struck Rafah again on Friday, witnesses said.",
	}}
	var got []string
	for _, ev := range c.Code(a) {
		place := ""
		if ev.Location != nil {
			place = ev.Location.Name
		}
		got = append(got, fmt.Sprintf("%s %s %s @%s also=%d", ev.Source.Code, ev.CAMEO, ev.Target.Code, place, len(ev.Also)))
	}
	want := []string{"ISRMIL 195 PSE @Gaza also=0", "ISRMIL 195 PSE @Khan Younis also=0", "ISRMIL 195 PSE @Rafah also=1"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestClauseFrontedDate checks a date phrase opening the clause after a
// semicolon: it dates that clause's event as it would the sentence's.
func TestClauseFrontedDate(t *testing.T) {
	c := newCoder(t)
	for _, text := range []string{
		// (at "a Kurdish position", no one named, no event: TestUnaimedActs)
		"The group has kept much of its firepower; on Saturday, Islamic State fighters fired a guided missile at Kurdish forces.",
		"On Saturday, Islamic State fighters fired a guided missile at Kurdish forces.",
	} {
		a := &dyad.Article{ID: "t", Published: "2019-01-08", Body: []string{text}}
		evs := c.Code(a)
		if len(evs) != 1 || evs[0].Date != "2019-01-05" {
			var got []string
			for _, e := range evs {
				got = append(got, e.CAMEO+" "+e.Date)
			}
			t.Errorf("%s\n got %q, want one event dated 2019-01-05", text, got)
		}
	}
}
