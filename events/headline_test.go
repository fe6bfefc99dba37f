package events_test

import (
	"fmt"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestFoldTitle checks that a headline's event told again in the body is
// one event carrying the headline as further evidence, and that a
// headline event the body does not tell stays.
func TestFoldTitle(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct {
		title, body string
		want        []string // "SOURCE CAMEO TARGET sentence also-sentences"
	}{
		{"Russia and China sign pact",
			"Russian President Vladimir Putin and Chinese President Xi Jinping signed a cooperation pact in Moscow on Thursday.",
			[]string{"RUSGOV 057 CHNGOV 0 [-1]", "CHNGOV 057 RUSGOV 0 [-1]"}},
		// the body's signing is two weeks old: another pact, the headline stays
		{"Russia and China sign pact",
			"Russian President Vladimir Putin and Chinese President Xi Jinping signed a cooperation pact in Moscow on June 28.",
			[]string{"RUS 057 CHN -1 []", "CHN 057 RUS -1 []", "RUSGOV 057 CHNGOV 0 []", "CHNGOV 057 RUSGOV 0 []"}},
		// the headline names both actors as the body codes them: it told the
		// event first and is its evidence, the body's date kept
		{"Azerbaijani troops shell Armenian village",
			"Azerbaijani troops shelled the Armenian village of Sotk on Thursday.",
			[]string{"AZEMIL 194 ARM -1 [0]"}},
		// the body names who said so, the headline does not: the body stays
		{"Azerbaijani troops shell Armenian village",
			"Azerbaijani troops shelled the Armenian village of Sotk on Thursday, the Armenian defence ministry said.",
			[]string{"AZEMIL 194 ARM 0 [-1]"}},
	} {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Title: tt.title, Body: []string{tt.body}}
		var got []string
		for _, e := range c.Code(a) {
			tgt := "-"
			if e.Target != nil {
				tgt = e.Target.Code
			}
			var also []int
			for _, m := range e.Also {
				also = append(also, m.Sentence)
			}
			got = append(got, fmt.Sprintf("%s %s %s %d %v", e.Source.Code, e.CAMEO, tgt, e.Sentence, also))
		}
		if !sameEvents(got, tt.want) {
			t.Errorf("%s / %s\n got: %q\nwant: %q", tt.title, tt.body, got, tt.want)
		}
	}
}
