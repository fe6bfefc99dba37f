package events_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestRepeatedSentence: a page repeating its two sentences word for word
// (some repeats with other white space) codes each once: one event, no
// further mentions from the repeats; a sentence telling the event in
// other words is still a further mention.
func TestRepeatedSentence(t *testing.T) {
	c := newCoder(t)
	shell := "Belarusian troops shelled Lithuanian border posts on Monday."
	protest := "Lithuania protested to Belarus over the shelling on Tuesday."
	var body []string
	for i := 0; i < 6; i++ {
		body = append(body, shell+" "+protest)
	}
	body = append(body, "Belarusian  troops shelled\tLithuanian border posts on Monday.")
	evs := c.Code(&dyad.Article{ID: "t", Published: "2025-06-18", Body: body})
	var got []string
	for _, e := range evs {
		got = append(got, eventLine(e, false))
		if len(e.Also) != 0 {
			t.Errorf("%s: %d further mentions, want none (sentences %v)", eventLine(e, false), len(e.Also), e.Also)
		}
	}
	want := []string{"BLRMIL 194 LTUMIL asserted", "LTU 114 BLR asserted"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("got %q, want %q", got, want)
	}

	// told again in other words: one more mention
	body = append(body, "Belarus's troops shelled Lithuanian border posts on Monday.")
	evs = c.Code(&dyad.Article{ID: "t", Published: "2025-06-18", Body: body})
	if len(evs) == 0 || len(evs[0].Also) != 1 {
		t.Errorf("retold in other words: events %+v, want the first with one further mention", evs)
	}
}
