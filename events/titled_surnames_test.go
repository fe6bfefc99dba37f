package events_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestTitledFamilyNames checks, on sentences written for this test, a
// title before the family name alone of a Korean, Chinese or Taiwanese
// leader, whose names the people file lists family name first ("Lee
// Jae-myung", "Li Qiang"): the person holding that office on the story's
// date. "President Lee" is South Korea's Lee Jae-myung in 2025 (not Hong
// Kong's chief executive John Lee, whose surname is his name's last word
// and who holds no head of state's office), Lee Myung-bak in 2010 and
// Taiwan's Lee Teng-hui in 1998; "Premier Li" is Li Qiang in 2024,
// "Foreign Minister Wang" Wang Yi. "Foreign Minister Saar" is Gideon
// Saar, the people file's spelling without the apostrophe. "Senator
// Smith" names no one.
func TestTitledFamilyNames(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct {
		date, text string
		want       []string
	}{
		{"2025-09-16", "President Lee held talks with Japanese Prime Minister Shigeru Ishiba in Tokyo on Monday.",
			[]string{"KORGOV 046 JPNGOV asserted", "JPNGOV 046 KORGOV asserted"}},
		{"2010-05-25", "President Lee cut off trade with North Korea on Monday.",
			[]string{"KORGOV 163 PRK asserted"}},
		{"1998-07-14", "President Lee criticised China on Monday.",
			[]string{"TWNGOV 111 CHN asserted"}},
		{"2019-08-06", "President Moon criticised Japan on Monday.",
			[]string{"KORGOV 111 JPN asserted"}},
		{"2024-04-09", "Premier Li criticised the European Union on Monday.",
			[]string{"CHNGOV 111 IGOEUREEC asserted"}},
		{"2024-04-09", "Foreign Minister Wang criticised Japan on Monday.",
			[]string{"CHNGOV 111 JPN asserted"}},
		{"2025-03-18", "Foreign Minister Saar criticised Spain on Monday.",
			[]string{"ISRGOV 111 ESP asserted"}},
		// a common name ([common names]) after a title naming no office
		// of people.txt is no one: not Jamaica's senator Kamina Johnson Smith
		{"2021-09-03", "Senator Smith criticised Venezuela on Monday.", nil},
	} {
		a := &dyad.Article{ID: "t", Published: tt.date, Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, eventLine(e, false))
		}
		if !sameEvents(got, tt.want) {
			t.Errorf("%s (%s)\n got: %q\nwant: %q", tt.text, tt.date, got, tt.want)
		}
	}
}
