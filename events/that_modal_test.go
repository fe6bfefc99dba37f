package events_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestWarnedThatLongSubjectWouldFace checks, on sentences written for this
// test, that a warning that people would face charges threatens them with
// repression (137) when the "that" clause's subject is long (a participle
// phrase and a "during" phrase before "would face").
func TestWarnedThatLongSubjectWouldFace(t *testing.T) {
	c := newCoder(t)
	tests := []struct {
		text string
		want []string // "SOURCE CAMEO TARGET" per event
	}{
		{"Peru's interior minister warned on Monday that truckers blocking roads in the south during the strike would face criminal charges.",
			[]string{"PERGOV 137 PERLAB"}},
	}
	for _, tt := range tests {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			tgt := "-"
			if e.Target != nil {
				tgt = e.Target.Code
			}
			got = append(got, fmt.Sprintf("%s %s %s", e.Source.Code, e.CAMEO, tgt))
		}
		if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
