package events_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestRuledBodyCountry checks, on sentences written for this test, that
// a state body named by who rules its territory ("the Hamas-run health
// ministry") is of that territory (coref_ruled.go), also as the reporter
// of a clause about another state's act; a sponsor ("Iran-backed") names
// no territory, and the subject case keeps its country.
func TestRuledBodyCountry(t *testing.T) {
	c := newCoder(t)
	tests := []struct {
		text, event, reporter string // reporter "-": none
	}{
		{"Israeli aircraft bombed a school in Gaza City on Tuesday, the Hamas-run health ministry said.", "ISRMIL 195 PSE", "PSEGOV"},
		{"Israeli jets struck a camp in Gaza on Monday, the Hamas-run interior ministry said.", "ISRMIL 195 PSE", "PSEGOV"},
		{"Saudi jets bombed a market in Saada on Tuesday, the Houthi-controlled health ministry said.", "SAUMIL 195 YEM", "YEMGOV"},
	}
	for _, tt := range tests {
		a := &dyad.Article{ID: "t", Published: "2024-03-14", Body: []string{tt.text}}
		got := map[string]string{}
		for _, e := range c.Code(a) {
			r := "-"
			if e.ReportedBy != nil {
				r = e.ReportedBy.Code
			}
			got[dyadKey(e)] = r
		}
		if r, ok := got[tt.event]; !ok || r != tt.reporter {
			t.Errorf("%s\n want %s reported by %s; got %q", tt.text, tt.event, tt.reporter, got)
		}
	}
	checkSentences(t, c, []coverageCase{
		{"Hamas-run health ministry officials accused Israel of bombing a hospital.",
			[]string{"PSEGOV 112 ISR asserted", "ISR 195 PSE alleged"}},
	}, false)
}
