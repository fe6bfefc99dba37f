package events_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/events"
)

// TestCountryAreaNotAtDateline: an act the sentence places in a country
// and then in an area of it ("in Kenya near the Somali border", "in India
// along the Line of Control") stays at the country, not at the dateline's
// city, and both directions of a clash get the same place (a fresh
// user's trial, session 63: MOMBASA and NEW DELHI datelines). A bare
// "in Mali" or "in Nigeria on Wednesday" still gives way to the dateline
// inside the country (locationFor).
func TestCountryAreaNotAtDateline(t *testing.T) {
	c := newCoder(t)
	for _, tc := range []struct {
		dateline, text string
		want           []string
	}{
		{"MOMBASA", "Kenyan troops shelled al-Shabaab camps in Kenya near the Somali border on Wednesday, the army said.",
			[]string{"KENMIL 194 SOMREB @Kenya"}},
		{"NEW DELHI", "Indian troops clashed with Pakistani soldiers in India along the Line of Control on Wednesday, the army said.",
			[]string{"INDMIL 190 PAKMIL @India", "PAKMIL 190 INDMIL @India"}},
		{"BAMAKO", "Malian soldiers killed 12 jihadists in Mali close to the Algerian border on Wednesday, the army said.",
			[]string{"MLIMIL 190 MLIREB @Mali"}},
		{"ISLAMABAD", "Pakistani troops exchanged fire with Afghan border guards in Pakistan near the Torkham crossing on Wednesday, officials said.",
			[]string{"PAKMIL 190 AFGMIL @Pakistan", "AFGMIL 190 PAKMIL @Pakistan"}},
		// near misses: the country alone, or with a date, gives way to the dateline
		{"BAMAKO", "Malian soldiers killed 12 jihadists in Mali on Wednesday, the army said.",
			[]string{"MLIMIL 190 MLIREB @Bamako"}},
		{"LAGOS", "Nigerian police arrested 40 protesters in Nigeria on Wednesday, officials said.",
			[]string{"NGACOP 173 NGACVL @Lagos"}},
	} {
		got := codedAt(c, tc.dateline, tc.text)
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s - %s\n got %q\nwant %q", tc.dateline, tc.text, got, tc.want)
		}
	}
}

// TestSubjectMatterPlace: a verbal act is not placed where what it speaks
// of is ("called for a halt to the deployment of a U.S. missile defense
// system in South Korea" was placed in South Korea; a fresh user's trial,
// session 63: ambassadors speaking at the U.N.); a place of the speech
// itself still places it, and a meeting keeps its place.
func TestSubjectMatterPlace(t *testing.T) {
	c := newCoder(t)
	for _, tc := range []struct {
		dateline, text string
		want           []string
	}{
		{"", "China's ambassador to the United Nations called for a halt to the deployment of a U.S. missile defense system in South Korea on Wednesday.",
			[]string{"CHNGOV 020 USA @"}},
		{"", "Russia's envoy rejected the stationing of American troops in Poland on Wednesday.",
			[]string{"RUSGOV 120 USAMIL @"}},
		{"", "China's foreign minister criticised the deployment of U.S. missiles in South Korea at a news conference in Beijing on Wednesday.",
			[]string{"CHNGOV 111 USAMIL @Beijing"}},
		// near miss: a meeting's place is its own
		{"", "Japan's foreign minister met the foreign minister of China in Beijing on Wednesday.",
			[]string{"JPNGOV 040 CHNGOV @Beijing", "CHNGOV 040 JPNGOV @Beijing"}},
	} {
		got := codedAt(c, tc.dateline, tc.text)
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s - %s\n got %q\nwant %q", tc.dateline, tc.text, got, tc.want)
		}
	}
}

// codedAt codes text as the body of a story published 2024-05-02
// under dateline and gives each event as "SOURCE CAMEO TARGET @place".
func codedAt(c *events.Coder, dateline, text string) []string {
	a := &dyad.Article{ID: "t", Published: "2024-05-02", Dateline: dateline, Body: []string{text}}
	var got []string
	for _, ev := range c.Code(a) {
		place := ""
		if ev.Location != nil {
			place = ev.Location.Name
		}
		tgt := "-"
		if ev.Target != nil {
			tgt = ev.Target.Code
		}
		got = append(got, fmt.Sprintf("%s %s %s @%s", ev.Source.Code, ev.CAMEO, tgt, place))
	}
	return got
}
