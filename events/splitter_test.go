package events_test

import (
	"fmt"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestSentenceEndsAtInitials codes one-paragraph articles whose sentence
// ends hinge on a period after initials, a title or a short abbreviation:
// a name written with initials ("K.P. Sharma Oli") stays one subject, a
// time before its zone ("6 a.m. Japan time") does not end a sentence, and
// "the U.S." before a sentence opener ("The", "He") ends one, so each event
// is told in its own sentence. Each event is "SENTENCE SOURCE CAMEO TARGET
// status", then "also SENTENCE" for each further telling (a trip to "the
// U.S." told again as a meeting with its president is one planned
// visit); articles are published on 2024-07-13 (a Saturday).
func TestSentenceEndsAtInitials(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Nepal's Prime Minister K.P. Sharma Oli met Indian Prime Minister Narendra Modi in New Delhi on Monday.",
			[]string{"0 NPLGOV 040 INDGOV asserted", "0 INDGOV 040 NPLGOV asserted"}},
		{"The missile was fired at 6 a.m. Japan time, and South Korea condemned the launch on Thursday.",
			[]string{"0 KOR 111 - asserted"}},
		{"Japan's prime minister will travel to the U.S. He will meet President Joe Biden at the White House on Friday.",
			[]string{"1 JPNGOV 036 USAGOV future also 0"}},
	} {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			line := fmt.Sprintf("%d %s", e.Sentence, eventLine(e, false))
			for _, m := range e.Also {
				line += fmt.Sprintf(" also %d", m.Sentence)
			}
			got = append(got, line)
		}
		if !sameEvents(got, tt.want) {
			t.Errorf("%q\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
