package events_test

import (
	"fmt"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestCodeUpdatedPage: a page updated years after it was published keeps
// its events on their publication-day dates (DESIGN.md: relative dates
// resolve against the publication date), whether the update left a
// correction note or a later year in the text, or no update at all.
func TestCodeUpdatedPage(t *testing.T) {
	c := newCoder(t)
	want := []string{"IRNMIL 190 USAMIL 2012-05-05(text)", "TUR 111 IRNMIL 2012-05-10(published)"} // "a US base": the state's military (targets_bodies.go)
	for _, tt := range []struct{ updated, last string }{
		{"2019-03-03T09:00:00Z", "This article was amended on 3 March 2019 to correct the spelling of a commander's name."},
		{"2019-03-03T09:00:00Z", "US troops are due to leave Iraq by 2014 under the security agreement."},
		{"2026-04-24T11:16:53Z", "The alliance was founded in 1949, and its leaders last met in June 2025."},
		{"", "The alliance was founded in 1949, and its leaders last met in June 2025."},
	} {
		a := &dyad.Article{ID: "x", Published: "2012-05-10T14:29:05Z", Updated: tt.updated, Body: []string{
			"Iranian forces attacked a US base in Iraq on Saturday, officials in Washington said.",
			"Turkey condemned the attack.",
			tt.last,
		}}
		var got []string
		for _, e := range c.Code(a) {
			tgt := "-"
			if e.Target != nil {
				tgt = e.Target.Code
			}
			got = append(got, fmt.Sprintf("%s %s %s %s(%s)", e.Source.Code, e.CAMEO, tgt, e.Date, e.DateFrom))
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("updated %q, %.30q: got %q, want %q", tt.updated, tt.last, got, want)
		}
	}
}
