package events_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestCoordinatedSpeech63: a speech verb coordinated with an earlier
// finite verb ("X urged Y to … and added that …") is said by that verb's
// subject, not by the infinitive's: the appeal is reported by no one, not
// by its own target. Each line is "SOURCE CAMEO TARGET status by REPORTER".
func TestCoordinatedSpeech63(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct{ text, want string }{
		{"Trump urged North Korea to do more and added that talks would go on.", "USAGOV 020 PRK asserted by -"},
		{"Trump urged North Korea to \"do the right thing\" and added: \"I do see some movement.\"", "USAGOV 020 PRK asserted by -"},
		// near miss: a plain coordinated speech verb, unchanged
		{"Trump criticised North Korea and said that talks would go on.", "USAGOV 111 PRK asserted by -"},
	} {
		a := &dyad.Article{ID: "t", Published: "2017-11-14", Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			by := "-"
			if e.ReportedBy != nil {
				by = e.ReportedBy.Code
			}
			got = append(got, eventLine(e, false)+" by "+by)
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s\n got: %q\nwant: %q", tt.text, got, tt.want)
		}
	}
}
