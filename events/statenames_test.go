package events_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestStateNames: a state's actors carry the country's name in every
// event, however the sentence names them (a seat of government, a person,
// a ministry), so a code has one name; other organisations keep theirs.
func TestStateNames(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct{ text, want string }{
		{"The White House condemned Russia on Monday.", "USAGOV United States -> RUS Russia"},
		{"President Joe Biden condemned Russia on Monday.", "USAGOV United States -> RUS Russia"},
		{"The Pentagon accused Iran of attacking a ship.", "USAGOV United States -> IRN Iran"},
		{"Downing Street condemned the Kremlin on Monday.", "GBRGOV United Kingdom -> RUSGOV Russia"},
		{"The Houthis attacked a British ship in the Red Sea.", "YEMREB Houthis -> GBR United Kingdom"},
	} {
		a := &dyad.Article{ID: "t", Published: "2024-07-15", Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			s := e.Source.Code + " " + e.Source.Name + " -> "
			if e.Target != nil {
				s += e.Target.Code + " " + e.Target.Name
			}
			got = append(got, s)
		}
		if len(got) == 0 || got[0] != tt.want {
			t.Errorf("%s\n got  %s\n want %s first", tt.text, strings.Join(got, "; "), tt.want)
		}
	}
}
