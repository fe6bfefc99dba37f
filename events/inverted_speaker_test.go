package events_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestInvertedSpeaker: a speech verb closing the report with its subject
// after it ("…, said the ministry", "…, said NAME, TITLE of BODY")
// reports the acts before it (inverted_speaker.go). Each want line is
// "SOURCE CAMEO TARGET status by REPORTER (reporter's words)".
func TestInvertedSpeaker(t *testing.T) {
	c := newCoder(t)
	tests := []struct {
		text string
		want []string
	}{
		{"Al Shabaab fighters attacked Kenyan police near Mandera on Monday, said Amira Dallou, spokeswoman for Kenyan President William Ruto.",
			[]string{"SOMREB 190 KENCOP asserted by KENGOV (Amira Dallou)"}},
		{"Russian troops shelled Kharkiv on Monday, said the Ukrainian defence ministry.",
			[]string{"RUSMIL 194 UKR asserted by UKRGOV (the Ukrainian defence ministry)"}},
		{"Russian troops shelled Kharkiv on Monday, said Olena Marchuk, a spokeswoman for the Ukrainian defence ministry.",
			[]string{"RUSMIL 194 UKR asserted by UKRGOV (Olena Marchuk)"}},
		{"Israeli jets struck a school in Gaza on Sunday, said Khalil Darwish, head of the World Health Organization.",
			[]string{"ISRMIL 195 PSE asserted by IGOUNOWHO (Khalil Darwish)"}},
		{"Al Shabaab fighters attacked Kenyan police near Mandera on Monday, said Kenyan President William Ruto.",
			[]string{"SOMREB 190 KENCOP asserted by KENGOV (Kenyan President William Ruto)"}},
		// near misses: the verb has a report of its own, or names nobody known
		{"Russian troops shelled Kharkiv on Monday, said Olena Marchuk, a local teacher.",
			[]string{"RUSMIL 194 UKR asserted by -"}},
		{"Russian troops shelled Kharkiv on Monday, the Ukrainian defence ministry said.",
			[]string{"RUSMIL 194 UKR asserted by UKRGOV (the Ukrainian defence ministry)"}},
	}
	for _, tt := range tests {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			by := "-"
			if e.ReportedBy != nil {
				by = e.ReportedBy.Code + " (" + e.ReportedBy.Text + ")"
			}
			tgt := "-"
			if e.Target != nil {
				tgt = e.Target.Code
			}
			got = append(got, e.Source.Code+" "+e.CAMEO+" "+tgt+" "+string(e.Status)+" by "+by)
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s\n got: %q\nwant: %q", tt.text, got, tt.want)
		}
	}
}
