package actors_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/sentences"
)

// TestEntriesInDated: of a person's dated roles EntriesIn gives the one
// in force on the date, SurnameEntries those a lone surname names then.
func TestEntriesInDated(t *testing.T) {
	d, err := actors.Default()
	if err != nil {
		t.Fatal(err)
	}
	m := actors.NewMatcher(d)
	lx := sentences.NewLexicon()
	show := func(es []actors.Entry) string {
		var s []string
		for _, e := range es {
			s = append(s, fmt.Sprintf("%s %s %s..%s", e.Phrase, e.Code, e.From, e.To))
		}
		return strings.Join(s, " | ")
	}
	for _, tt := range []struct{ date, want, surname string }{
		{"2024-03-05", "Benjamin Netanyahu ISRGOV 2022-12-29..", "Benjamin Netanyahu ISRGOV 2022-12-29.."},
		{"2022-03-05", "Benjamin Netanyahu ISROPP 2021-06-13..2022-12-29", "Benjamin Netanyahu ISROPP 2021-06-13..2022-12-29"},
	} {
		a := &dyad.Article{ID: "t", Published: tt.date, Body: []string{"Benjamin Netanyahu spoke."}}
		s := sentences.Split(a, lx)[0]
		if got := show(m.EntriesIn(s.Tokens, 0, 2, tt.date)); got != tt.want {
			t.Errorf("EntriesIn on %s = %q, want %q", tt.date, got, tt.want)
		}
		if got := show(m.SurnameEntries("Netanyahu", tt.date)); got != tt.surname {
			t.Errorf("SurnameEntries on %s = %q, want %q", tt.date, got, tt.surname)
		}
	}
}
