package events_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestActors3 codes sentences written by the dyad team (wire style) for
// the actor-assignment faults found on events-dev.jsonl where the event
// code was right but the source or target was not. Each want lists every
// event of the sentence as "SOURCE CAMEO TARGET status date", in any order.
func TestActors3(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct {
		text string
		want []string
	}{
		// a coordinated object ("tear gas and live rounds") does not end the
		// search for the target: "live" is no second verb
		{"Kenyan police fired tear gas and live rounds at protesters.",
			[]string{"KENCOP 175 KENCVL asserted 2024-07-13"}},
		{"Serbian police fired tear gas and stun grenades at students in Belgrade on Friday.",
			[]string{"SRBCOP 175 SRBEDU asserted 2024-07-12"}},
		// a real second verb after "and" still ends it
		{"Kenyan police fired tear gas and arrested dozens of protesters on Tuesday.",
			[]string{"KENCOP 175 - asserted 2024-07-09", "KENCOP 173 KENCVL asserted 2024-07-09"}},
	} {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, eventLine(e, true))
		}
		if !sameEvents(got, tt.want) {
			t.Errorf("%s\n got: %q\nwant: %q", tt.text, got, tt.want)
		}
	}
}
