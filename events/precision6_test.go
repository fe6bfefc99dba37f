package events_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// familyCase is a sentence (or, split, a short article) with the exact
// events wanted, in order, and the family of rules it exercises.
type familyCase struct {
	family string
	text   string
	want   []string
}

// checkFamilies codes each case as an article published on 2024-03-14,
// one paragraph, or with split one paragraph per ". "-ended sentence,
// after a first paragraph when first is not "", and compares all its
// events (eventLine without the date) exactly, in order.
func checkFamilies(t *testing.T, first string, cases []familyCase, split bool) {
	t.Helper()
	c := newCoder(t)
	for _, tt := range cases {
		body := []string{tt.text}
		if split {
			body = strings.SplitAfter(tt.text, ". ")
		}
		if first != "" {
			body = append([]string{first}, body...)
		}
		a := &dyad.Article{ID: "t", Published: "2024-03-14", Body: body}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, eventLine(e, false))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") || len(got) != len(tt.want) {
			t.Errorf("%s: %q\n got: %q\nwant: %q", tt.family, tt.text, got, tt.want)
		}
	}
}
