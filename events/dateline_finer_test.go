package events_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestDatelineFinerThanCountry: a country named as the place of an act
// ("French troops killed in Ivory Coast air raid") gives way to a
// dateline inside that country (BOUAKE) where the act may have happened:
// the headline was placed at Ivory Coast, apart from the tellings at
// Bouaké. A dateline in another country, or one where a foreign force's
// act did not happen (KYIV, Russia's shelling "in Ukraine"), leaves the
// country named.
func TestDatelineFinerThanCountry(t *testing.T) {
	c := newCoder(t)
	for _, tc := range []struct {
		dateline, title, body string
		want                  string
	}{
		{"BOUAKE, Ivory Coast", "French troops killed in Ivory Coast air raid",
			"Ivory Coast government warplanes bombed a French military base on Saturday, killing nine French soldiers, a French military spokesman said.",
			"-1 CIVMIL 195 FRAMIL @Bouaké also=1"},
		{"ABIDJAN", "French troops killed in Ivory Coast air raid", "",
			"-1 CIVMIL 195 FRAMIL @Abidjan also=0"},
		{"PARIS", "French troops killed in Ivory Coast air raid", "",
			"-1 CIVMIL 195 FRAMIL @Ivory Coast also=0"},
		{"KYIV", "", "Russian forces shelled villages in Ukraine on Saturday, officials said.",
			"0 RUSMIL 194 UKR @Ukraine also=0"},
	} {
		a := &dyad.Article{ID: "t", Published: "2004-11-06", Dateline: tc.dateline, Title: tc.title}
		if tc.body != "" {
			a.Body = []string{tc.body}
		}
		var got []string
		for _, ev := range c.Code(a) {
			got = append(got, fmt.Sprintf("%d %s @%s also=%d", ev.Sentence, dyadLine(ev), placeName(ev), len(ev.Also)))
		}
		if strings.Join(got, "\n") != tc.want {
			t.Errorf("%s %q %q:\n got %q\nwant %q", tc.dateline, tc.title, tc.body, got, tc.want)
		}
	}
}
