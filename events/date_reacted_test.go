package events_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// dateCase is a sentence of an article published on 2024-07-13 (a
// Saturday) and every event it must give as "SOURCE CAMEO TARGET status
// date/precision", in any order.
type dateCase struct {
	text string
	want []string
}

// checkDates codes each case's text and compares its events, with
// their dates and precisions, to want.
func checkDates(t *testing.T, cases []dateCase) {
	t.Helper()
	c := newCoder(t)
	for _, tt := range cases {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, eventLine(e, true)+"/"+e.DatePrecision)
		}
		if !sameEvents(got, tt.want) {
			t.Errorf("%s\n got: %q\nwant: %q", tt.text, got, tt.want)
		}
	}
}

// TestDateReactedNominal dates a request named as the object of a
// rejection, and an act alleged by an accusation, by the publication
// date when they have no date of their own (README, dev38–dev40 date
// rules: "a nominal argument with no date of its own … takes the
// publication date"); the rejection and the accusation keep their day.
func TestDateReactedNominal(t *testing.T) {
	checkDates(t, []dateCase{
		{"Tanzania rejected on Tuesday a request by Kenya to extradite a former army officer.",
			[]string{"TZA 121 KEN asserted 2024-07-09/day", "KEN 0213 TZA asserted 2024-07-13/day"}},
		{"Mozambique accused Malawi on Tuesday of shelling villages near the border.",
			[]string{"MOZ 112 MWI asserted 2024-07-09/day", "MWI 194 MOZ alleged 2024-07-13/day"}},
		// a plural object noun the tagger reads as a verb (dev36 W36042)
		{"Tanzania's government rejected on Tuesday opposition demands that it resign.",
			[]string{"TZAGOV 124 TZAOPP asserted 2024-07-09/day", "TZAOPP 1041 TZAGOV asserted 2024-07-13/day"}},
		// near miss: a reduced relative's verb after the object noun
		{"Tanzania's government rejected on Tuesday a plan the opposition demands.",
			[]string{"TZAGOV 127 TZAOPP asserted 2024-07-09/day", "TZAOPP 100 TZAGOV asserted 2024-07-13/day"}},
		// near miss: the alleged act has a date of its own
		{"Mozambique accused Malawi on Tuesday of shelling villages near the border on Sunday.",
			[]string{"MOZ 112 MWI asserted 2024-07-09/day", "MWI 194 MOZ alleged 2024-07-07/day"}},
		// near miss: an act told by speech keeps the attribution's day
		{"Mozambique's army said on Tuesday that Malawian troops had shelled the village of Mandimba.",
			[]string{"MWIMIL 194 MOZ asserted 2024-07-09/day"}},
	})
}
