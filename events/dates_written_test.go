package events_test

import (
	"fmt"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/events"
)

// TestWeekdayBesideDate: a weekday written beside the date it falls on
// ("on Sunday, August 3", "on Sunday 3 August", "On Friday, Aug. 8") is
// dated by that date: the weekday alone named the latest such day before
// publication, a week or more off (August 17 for "Sunday, August 3").
// An ordinal day ("August 3rd", "3rd August", "the 3rd of August") is the
// day, as "August 3" is: it was the month alone. Team-written sentences;
// publication day Wednesday 2025-08-20.
func TestWeekdayBesideDate(t *testing.T) {
	c := newCoder(t)
	tests := []struct {
		text string
		want string // "SRC CAMEO TGT date precision"
	}{
		{"Nigerian soldiers killed 14 militants on Sunday, August 3.", "NGAMIL 190 NGAREB 2025-08-03 day"},
		{"Nigerian soldiers killed 14 militants on Sunday 3 August.", "NGAMIL 190 NGAREB 2025-08-03 day"},
		{"Nigerian soldiers killed 14 militants on Sunday, August 3, 2024.", "NGAMIL 190 NGAREB 2024-08-03 day"},
		{"On Friday, Aug. 8, Israeli troops raided Jenin.", "ISRMIL 190 PSE 2025-08-08 day"},
		{"Nigerian soldiers killed 14 militants on August 3rd.", "NGAMIL 190 NGAREB 2025-08-03 day"},
		{"Nigerian soldiers killed 14 militants on 3rd August.", "NGAMIL 190 NGAREB 2025-08-03 day"},
		{"Nigerian soldiers killed 14 militants on the 3rd of August.", "NGAMIL 190 NGAREB 2025-08-03 day"},
		{"On August 1st Israeli troops raided Jenin.", "ISRMIL 190 PSE 2025-08-01 day"},
		{"Turkish police detained 5 journalists on 22nd July.", "TURCOP 173 TURMED 2025-07-22 day"},
		{"Nigerian soldiers killed 14 militants on Sunday, August 3rd.", "NGAMIL 190 NGAREB 2025-08-03 day"},
		// the comma after a fronted weekday does not end the phrase
		{"On Friday, August 8, Israeli troops raided Jenin.", "ISRMIL 190 PSE 2025-08-08 day"},
		// near misses: a weekday alone, and an ordinal naming no day
		{"Nigerian soldiers killed 14 militants on Sunday.", "NGAMIL 190 NGAREB 2025-08-17 day"},
		{"Nigerian soldiers killed 14 militants on Sunday, officials said on Monday.", "NGAMIL 190 NGAREB 2025-08-17 day"},
		{"Turkish police detained journalists on 31st June.", "TURCOP 173 TURMED 2025-06 month"},
	}
	for _, tt := range tests {
		checkEventDate(t, c, "2025-08-20", tt.text, tt.want)
	}
}

// checkEventDate codes text as a one-sentence article published on pub and
// reports an error unless it gives the event want names, written
// "SRC CAMEO TGT date precision", with that date and precision.
func checkEventDate(t *testing.T, c *events.Coder, pub, text, want string) {
	t.Helper()
	a := &dyad.Article{ID: "t", Published: pub, Body: []string{text}}
	got := map[string]string{}
	for _, e := range c.Code(a) {
		got[dyadKey(e)] = e.Date + " " + e.DatePrecision
	}
	var src, code, tgt, date, prec string
	fmt.Sscan(want, &src, &code, &tgt, &date, &prec)
	k := src + " " + code + " " + tgt
	if g, ok := got[k]; !ok {
		t.Errorf("%s\n no event %s; got %q", text, k, got)
	} else if g != date+" "+prec {
		t.Errorf("%s\n %s dated %q, want %q", text, k, g, date+" "+prec)
	}
}
