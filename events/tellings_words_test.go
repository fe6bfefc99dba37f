package events_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestTellingOwnWords: a further telling of an event's own codes whose
// sentence names an actor in other words than the event's keeps its own
// words (dyad.Mention's Source and Target, the event's codes and names):
// the AP headline "Russia shells Ukraine's second city" (RUS 194 UKR,
// target "Ukraine") told again by "Russia shelled Kharkiv on Monday" gave
// the telling no target words (the GDELT mentions row's Actor2CharOffset
// -1, a new user's, session 68), and now "Kharkiv" [15,22]. A telling
// whose words are the event's keeps none of its own (nil), as before.
func TestTellingOwnWords(t *testing.T) {
	c := newCoder(t)
	words := func(a *dyad.Actor) string {
		if a == nil {
			return "-"
		}
		return fmt.Sprintf("%s %q %v", a.Code, a.Text, a.Span)
	}
	for _, tc := range []struct {
		title string
		body  []string
		want  string // per event with tellings: its words, then each telling's own (or "events'")
	}{
		{"Russia shells Ukraine's second city", []string{"Russia shelled Kharkiv on Monday, local officials said."},
			`RUS "Russia" [0 6] > UKR "Ukraine" [14 21] | 0: RUS "Russia" [0 6] > UKR "Kharkiv" [15 22]`},
		{"", []string{"Russia shelled Kharkiv on Monday.", "Officials said Moscow shelled Kharkiv on Monday."},
			`RUS "Russia" [0 6] > UKR "Kharkiv" [15 22] | 1: RUS "Moscow" [15 21] > UKR "Kharkiv" [30 37]`},
		{"", []string{"Russia shelled Kharkiv on Monday.", "Russia shelled Kharkiv on Monday again, officials said."},
			`RUS "Russia" [0 6] > UKR "Kharkiv" [15 22] | 1: events'`},
	} {
		a := &dyad.Article{ID: "t", Published: "2024-05-14", Title: tc.title, Body: tc.body}
		var got []string
		for _, e := range c.Code(a) {
			if len(e.Also) == 0 {
				continue
			}
			line := words(e.Source) + " > " + words(e.Target)
			for _, m := range e.Also {
				if m.Source == nil && m.Target == nil {
					line += fmt.Sprintf(" | %d: events'", m.Sentence)
					continue
				}
				line += fmt.Sprintf(" | %d: %s > %s", m.Sentence, words(m.Source), words(m.Target))
			}
			got = append(got, line)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q %q\n got %s\nwant %s", tc.title, tc.body, g, tc.want)
		}
	}
}
