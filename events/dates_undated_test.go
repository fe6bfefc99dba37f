package events_test

import (
	"reflect"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestUndatedArticleWrittenYear (fresh65): in an article with no
// publication date, a date that writes its year dates the event as in a
// dated story ("In 1997, …" the year 1997 at year precision, date_from
// text; "on July 12, 2019" and "on 2024-02-29" their day), so that users
// can filter it; a relative date ("on Tuesday") and a planned act's date
// stay unknown. All were unknown. A dated copy of the 1997 sentence still
// gives no event (history, two or more years back). Team-written
// sentences.
func TestUndatedArticleWrittenYear(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct {
		text string
		want []string // "SRC CAMEO TGT date precision date_from"
	}{
		{"In 1997, President Bill Clinton imposed an embargo on Sudan.", []string{"USAGOV 163 SDN 1997 year text"}},
		{"Kenya recalled its ambassador to Chile on July 12, 2019.", []string{"KEN 161 CHL 2019-07-12 day text"}},
		{"Kenya recalled its ambassador to Chile on 2024-02-29.", []string{"KEN 161 CHL 2024-02-29 day text"}},
		{"Kenya recalled its ambassador to Chile in the 1990s.", []string{"KEN 161 CHL 1990 year text"}},
		{"Kenya recalled its ambassador to Chile on Tuesday.", []string{"KEN 161 CHL  unknown "}},
		{"Kenya will recall its ambassador to Chile in 2030.", []string{"KEN 1313 CHL  unknown "}},
	} {
		var got []string
		for _, e := range c.Code(&dyad.Article{ID: "t", Body: []string{tt.text}}) {
			got = append(got, dyadKey(e)+" "+e.Date+" "+e.DatePrecision+" "+e.DateFrom)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
	if evs := c.Code(&dyad.Article{ID: "t", Published: "2024-03-05", Body: []string{"In 1997, President Bill Clinton imposed an embargo on Sudan."}}); len(evs) != 0 {
		t.Errorf("dated 2024-03-05: %d events, want none (history)", len(evs))
	}
}
