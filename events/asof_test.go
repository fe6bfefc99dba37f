package events_test

import (
	"fmt"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestCodeAsOf: an explainer published in 2012 and rewritten in 2026
// (Article.AsOf) dates its "Saturday" in 2026, and an event with no date
// expression takes the update's day; unchanged text keeps 2012.
func TestCodeAsOf(t *testing.T) {
	c := newCoder(t)
	body := []string{
		"Iranian forces attacked a US base in Iraq on Saturday, officials in Washington said.",
		"Turkey condemned the attack.",
		"The alliance was founded in 1949, and its leaders last met in June 2025.",
	}
	tests := []struct {
		updated string
		want    []string
	}{
		{"2026-04-24T11:16:53Z", []string{"IRNMIL 190 USA 2026-04-18", "TUR 111 IRNMIL 2026-04-24"}},
		{"", []string{"IRNMIL 190 USA 2012-05-05", "TUR 111 IRNMIL 2012-05-10"}},
	}
	for _, tt := range tests {
		a := &dyad.Article{ID: "x", Published: "2012-05-10T14:29:05Z", Updated: tt.updated, Body: body}
		var got []string
		for _, e := range c.Code(a) {
			tgt := "-"
			if e.Target != nil {
				tgt = e.Target.Code
			}
			got = append(got, fmt.Sprintf("%s %s %s %s", e.Source.Code, e.CAMEO, tgt, e.Date))
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("updated %q: got %q, want %q", tt.updated, got, tt.want)
		}
	}
}
