package sqlite

import (
	"encoding/json"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestBoundAlso: an event with more than MaxAlso further tellings keeps
// the first MaxAlso and their number; one with MaxAlso or fewer is left
// as it is; a number already set (read back from a store) is kept.
func TestBoundAlso(t *testing.T) {
	tellings := func(n int) []dyad.Mention {
		ms := make([]dyad.Mention, n)
		for i := range ms {
			ms[i].Sentence = i + 1
		}
		return ms
	}
	for _, c := range []struct {
		also, total         int
		wantAlso, wantTotal int
	}{
		{0, 0, 0, 0},
		{MaxAlso, 0, MaxAlso, 0},
		{MaxAlso + 1, 0, MaxAlso, MaxAlso + 1},
		{19999, 0, MaxAlso, 19999},
		{MaxAlso, 19999, MaxAlso, 19999}, // stored bounded, read back
	} {
		ev := dyad.Event{Also: tellings(c.also), AlsoTotal: c.total}
		BoundAlso(&ev)
		if len(ev.Also) != c.wantAlso || ev.AlsoTotal != c.wantTotal || c.wantAlso > 0 && ev.Also[c.wantAlso-1].Sentence != c.wantAlso {
			t.Errorf("%d tellings (total %d): %d kept, total %d; want the first %d, total %d", c.also, c.total, len(ev.Also), ev.AlsoTotal, c.wantAlso, c.wantTotal)
		}
	}
	ev := dyad.Event{Also: tellings(100)}
	b, err := StoredJSON(&ev)
	var back dyad.Event
	if err != nil || json.Unmarshal(b, &back) != nil || len(back.Also) != MaxAlso || back.AlsoTotal != 100 || len(ev.Also) != 100 {
		t.Errorf("StoredJSON: %d tellings, total %d (the event itself %d); want %d, 100 (100)", len(back.Also), back.AlsoTotal, len(ev.Also), MaxAlso)
	}
}
