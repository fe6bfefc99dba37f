package events_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestDeniedRetold: an act alleged in one sentence and denied in the next
// ("Russia denied shelling the hospital"), the denial giving it no date of
// its own, is one denied event dated as the allegation dated it, carrying
// the denial's telling as a further mention; a denial that names another
// act keeps it apart. Publication date Wednesday 2024-07-10.
func TestDeniedRetold(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct {
		body []string
		want []string // "SRC CAMEO TGT status date sentence +also", any order
	}{
		{[]string{"Ukraine accused Russia of shelling a hospital in Kharkiv on Monday.", "Russia denied shelling the hospital."},
			[]string{"UKR 112 RUS asserted 2024-07-10 s0 +0", "RUS 194 UKR denied 2024-07-08 s0 +1", "RUS 016 UKR asserted 2024-07-10 s1 +0"}},
		{[]string{"Azerbaijan accused Armenia of shelling its positions near Lachin on Sunday.", "Armenia denied shelling Azerbaijani positions."},
			[]string{"AZE 112 ARM asserted 2024-07-10 s0 +0", "ARM 194 AZE denied 2024-07-07 s0 +1", "ARM 016 AZE asserted 2024-07-10 s1 +0"}},
		{[]string{"Israel accused Hamas of firing rockets at Ashkelon on Saturday.", "On Monday, Hamas denied firing rockets at Ashkelon."},
			[]string{"ISR 112 PSEREB asserted 2024-07-10 s0 +0", "PSEREB 194 ISR denied 2024-07-06 s0 +1", "PSEREB 016 ISR asserted 2024-07-08 s1 +0"}},
	} {
		a := &dyad.Article{ID: "t", Published: "2024-07-10", Body: tt.body}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, fmt.Sprintf("%s %s %s s%d +%d", dyadKey(e), e.Status, e.Date, e.Sentence, len(e.Also)))
		}
		want := slices.Clone(tt.want)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q\n got  %q\n want %q", tt.body, got, want)
		}
	}
}
