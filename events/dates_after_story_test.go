package events_test

import (
	"fmt"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestDatesAfterStory checks that an act told as done is not dated after
// its story (published Saturday 2024-07-13): a weekday that is not the
// written date's own gives the date when it is not after the story, else
// the weekday's most recent day (dates_weekday_contradicts.go); a month
// and day with no year later than the day after the story are last
// year's (dates_last_year.go); a year after the story's dates nothing (the
// publication day, marked "published"); a plan keeps the statement's
// date. Near misses: a weekday matching its date, a date with its year,
// the day after publication and a plan's day are left as they were.
func TestDatesAfterStory(t *testing.T) {
	c := newCoder(t)
	tests := []struct {
		text string
		want string // "SRC CAMEO TGT status date from"
	}{
		// a weekday contradicting a date after the story: the weekday's day
		{"France condemned Russia on Monday, 14 July, over the strikes on Kyiv.", "FRA 111 RUS asserted 2024-07-08 text"},
		{"Egypt condemned Israel on Thursday 19 July over the raid on Jenin.", "EGY 111 ISR asserted 2024-07-11 text"},
		{"On Tuesday, July 17, Serbia expelled two Croatian diplomats.", "SRB 161 HRVGOV asserted 2024-07-09 text"},
		// ... one before the story: the written date stands
		{"France condemned Russia on Monday, 9 July, over the strikes on Kyiv.", "FRA 111 RUS asserted 2024-07-09 text"},
		// near misses: the weekday is the date's own (after the story:
		// its year is the story's, and the publication day stands)
		{"Egypt condemned Israel on Friday 19 July over the raid on Jenin.", "EGY 111 ISR asserted 2024-07-13 published"},
		{"France condemned Russia on Monday, 8 July, over the strikes on Kyiv.", "FRA 111 RUS asserted 2024-07-08 text"},
		// a month and day after the story, no year: last year's
		{"Poland expelled a Russian diplomat on July 20.", "POL 161 RUSGOV asserted 2023-07-20 text"},
		{"Chilean police arrested 40 students in Santiago on 2 August.", "CHLCOP 173 CHLEDU asserted 2023-08-02 text"},
		{"On August 15, Turkey recalled its ambassador to Greece.", "TUR 161 GRC asserted 2023-08-15 text"},
		{"Serbia did not expel Croatian diplomats on July 25.", "SRB 161 HRVGOV negated 2023-07-25 text"},
		// near misses: the year written, the day after the story, a
		// day before it, a plan
		{"Poland expelled a Russian diplomat on July 20, 2024.", "POL 161 RUSGOV asserted 2024-07-13 published"},
		{"Poland expelled a Russian diplomat on July 14.", "POL 161 RUSGOV asserted 2024-07-14 text"},
		{"Poland expelled a Russian diplomat on July 11.", "POL 161 RUSGOV asserted 2024-07-11 text"},
		{"The Dutch prime minister will visit Greece on July 20.", "NLDGOV 036 GRC future 2024-07-13 published"},
		// a year after the story's: the publication day
		{"Russia attacked Ukraine in 2099.", "RUS 190 UKR asserted 2024-07-13 published"},
	}
	for _, tt := range tests {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Body: []string{tt.text}}
		got := map[string]string{}
		for _, e := range c.Code(a) {
			got[dyadKey(e)] = string(e.Status) + " " + e.Date + " " + e.DateFrom
		}
		var src, code, tgt, status, date, from string
		fmt.Sscan(tt.want, &src, &code, &tgt, &status, &date, &from)
		k := src + " " + code + " " + tgt
		if g, want := got[k], status+" "+date+" "+from; g != want {
			t.Errorf("%s\n %s: got %q, want %q (all: %q)", tt.text, k, g, want, got)
		}
	}
}
