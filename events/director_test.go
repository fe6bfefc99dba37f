package events_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestDirectorTitle: an organisation's director acts for it as its chief
// or head does, after a possessive, before "of" and in an apposition; a
// sentence naming a director and a "series" of conflict acts is news, not
// an entertainment item set aside. Each line is "SOURCE CAMEO TARGET
// status".
func TestDirectorTitle(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Human Rights Watch's director criticised Russia.", []string{"NGOHRIHRW 111 RUS asserted"}},
		{"Amnesty International's director condemned Egypt on Tuesday.", []string{"NGOHRIAMN 111 EGY asserted"}},
		{"The director of Human Rights Watch accused Israel of war crimes.", []string{"NGOHRIHRW 112 ISR asserted"}},
		{"The director of the CIA warned Iran on Monday.", []string{"USASPY 130 IRN asserted"}},
		{"Nadim Houry, the director at Human Rights Watch, investigated a series of airstrikes.", []string{"NGOHRIHRW 093 - asserted"}},
		{"Leila Sabet, director of Amnesty International, investigated a series of bombings in Syria.", []string{"NGOHRIAMN 093 - asserted"}},
	} {
		a := &dyad.Article{ID: "t", Published: "2025-05-07", Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, eventLine(e, false))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s\n got: %q\nwant: %q", tt.text, got, tt.want)
		}
	}
}
