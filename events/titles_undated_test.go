package events_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestCabinetSecretaryTitleUndated checks, on sentences written for this
// test, that a cabinet secretary's title before a name codes the
// government sector whatever the date (actors/data/agents.txt: "Culture
// Secretary", "Health Secretary" as "Foreign Secretary"): an undated
// story, whose known office holders are otherwise coded by country alone,
// still gives GBRGOV. Near miss: the name alone stays the country.
func TestCabinetSecretaryTitleUndated(t *testing.T) {
	c := newCoder(t)
	tests := []struct{ text, want string }{
		{"Culture Secretary Tessa Jowell criticised France.", "GBRGOV 111 FRA"},
		{"Foreign Secretary Jack Straw criticised France.", "GBRGOV 111 FRA"},
		{"Home Secretary Jack Straw criticised France.", "GBRGOV 111 FRA"},
		{"Tessa Jowell criticised France.", "GBR 111 FRA"},
	}
	for _, tt := range tests {
		a := &dyad.Article{ID: "t", Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, dyadKey(e))
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s\n got %q, want [%q]", tt.text, got, tt.want)
		}
	}
}
