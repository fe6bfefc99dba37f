package events_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestAppositionPeople9 checks, on stories written for this test, that a
// person the dictionary does not know, introduced by an apposition naming
// the body he holds an office in ("Hans Brenner, Director General of the
// OECD,"), is that body's for the rest of the story: a later "he" or
// surname acts for it. A former office, or an office in a part of a
// body, gives nothing.
func TestAppositionPeople9(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct {
		body []string
		want []string
	}{
		{[]string{
			"Hans Brenner, Director General of the Organisation for Economic Co-operation and Development (OECD), told a news conference that Japan was on course.",
			"He met Prime Minister Fumio Kishida in Tokyo on Tuesday.",
		}, []string{"IGOWSTOEC 040 JPNGOV asserted", "JPNGOV 040 IGOWSTOEC asserted"}},
		{[]string{
			"Li Wenhao, a spokesman for the Chinese defence ministry, spoke to reporters in Beijing on Thursday.",
			"Li condemned the arms sale to Taiwan.",
		}, []string{"CHNGOV 111 TWN asserted"}},
		{[]string{
			"Anna Ruiz, a former director of the World Bank, spoke in Nairobi on Monday.",
			"She criticised the Kenyan government.",
		}, nil},
		{[]string{
			"Anna Ruiz, director of the World Bank's Africa department, spoke in Nairobi on Monday.",
			"She criticised the Kenyan government.",
		}, nil},
	} {
		a := &dyad.Article{ID: "t", Published: "2023-05-20", Body: tt.body}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, eventLine(e, false))
		}
		if !sameEvents(got, tt.want) {
			t.Errorf("%q\n got: %q\nwant: %q", tt.body, got, tt.want)
		}
	}
}
