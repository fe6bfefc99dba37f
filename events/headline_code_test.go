package events_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestFoldTitleLessSpecificCode: a headline coded less specifically than
// the body's telling of its act ("Israel strikes Hezbollah" ISR 190
// LBNREB on the publication day, "Israeli warplanes struck Hezbollah
// positions … on Monday" ISRMIL 195 LBNREB) is folded into it, one event
// with the body's code, actors, date and place: they were two events, the
// codes differing. A body event of the headline's own code is taken
// first; a body event of another root, or of the headline's publication
// day (both codes true of that day), leaves the headline apart.
func TestFoldTitleLessSpecificCode(t *testing.T) {
	c := newCoder(t)
	for _, tc := range []struct{ title, body, want string }{
		{"Israel strikes Hezbollah",
			"Israeli warplanes struck Hezbollah positions near Nabatieh on Monday, the Israeli military said.",
			"ISRMIL 195 LBNREB 2024-03-04 @Nabatieh 0 [-1]"},
		{"Israel strikes Hezbollah",
			"Israeli warplanes struck Hezbollah positions near Nabatieh on Monday, the Israeli military said. Israeli forces attacked Hezbollah on Sunday.",
			"ISRMIL 195 LBNREB 2024-03-04 @Nabatieh 0 []; ISRMIL 190 LBNREB 2024-03-03 @ 1 [-1]"},
		{"Israel strikes Hezbollah",
			"Israeli warplanes struck Hezbollah positions near Nabatieh on Tuesday, the Israeli military said.",
			"ISR 190 LBNREB 2024-03-05 @ -1 []; ISRMIL 195 LBNREB 2024-03-05 @Nabatieh 0 []"},
		{"Israel strikes Hezbollah",
			"Israel accused Hezbollah on Monday of firing rockets.",
			"ISR 190 LBNREB 2024-03-05 @ -1 []; ISR 112 LBNREB 2024-03-04 @ 0 []; LBNREB 150 ISR 2024-03-05 @ 0 []"},
	} {
		a := &dyad.Article{ID: "t", Published: "2024-03-05", Title: tc.title, Body: []string{tc.body}}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, fmt.Sprintf("%s %s @%s %d %v", dyadLine(e), e.Date, placeName(e), e.Sentence, alsoSentences(e)))
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s / %s\n got %s\nwant %s", tc.title, tc.body, g, tc.want)
		}
	}
}
