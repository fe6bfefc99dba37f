package events_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestTailSpeakerPastDay checks that a closing attribution's ministry
// ("…, the Ministry of Foreign Affairs said") speaks for the subject of
// the clause it reports when a day stands between that subject and its
// verb ("Pakistan on Wednesday summoned"), as it did with none: it was
// the ministry of the state a sentence before named (INDGOV). A clause
// whose subject is no state leaves the earlier ministry in place.
func TestTailSpeakerPastDay(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct {
		body []string
		want []string // the events of the last sentence, "… by REPORTER"
	}{
		{[]string{"India's home ministry announced the drills on Monday.",
			"Pakistan on Wednesday summoned India's envoy to lodge a protest, the Ministry of Foreign Affairs said."},
			[]string{"PAK 114 INDGOV asserted by PAKGOV"}},
		{[]string{"India's home ministry announced the drills on Monday.",
			"Iran late Tuesday recalled its ambassador from Pakistan, the foreign ministry said."},
			[]string{"IRN 161 PAK asserted by IRNGOV"}},
		// near miss: no day between, as before
		{[]string{"India's home ministry announced the drills on Monday.",
			"Pakistan summoned India's envoy to lodge a protest, the Ministry of Foreign Affairs said."},
			[]string{"PAK 114 INDGOV asserted by PAKGOV"}},
	} {
		a := &dyad.Article{ID: "t", Published: "2025-05-07", Body: tt.body}
		var got []string
		last := len(tt.body) - 1
		for _, e := range c.Code(a) {
			if e.Sentence != last {
				continue
			}
			by := "-"
			if e.ReportedBy != nil {
				by = e.ReportedBy.Code
			}
			got = append(got, eventLine(e, false)+" by "+by)
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s\n got: %q\nwant: %q", tt.body[last], got, tt.want)
		}
	}
}
