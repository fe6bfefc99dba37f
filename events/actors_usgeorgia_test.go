package events_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestUSGeorgia codes Georgia named with an office only the U.S. state has
// ("Georgia Governor", "Georgia's secretary of state", "a Georgia state
// senator"), with such an office before "of Georgia" ("the governor of
// Georgia", src47) or with one of the state's cities as the United
// States; the country's own government and police stay GEO, and so do
// "the president of Georgia" and the governor "of Georgia's" region;
// "Georgia officials" and "Georgia's election officials" are the state's
// (session 57), "Georgia's central election commission" the country's.
func TestUSGeorgia(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Georgia's secretary of state rejected the campaign's demand for a recount on Friday.", []string{"USAGOV 120 - asserted"}},
		{"Georgia Governor Brian Kemp met South Korean executives in Atlanta on Tuesday to discuss a battery plant.",
			[]string{"USAGOV 040 KORBUS asserted", "KORBUS 040 USAGOV asserted"}}, // executives BUS (agents.txt, coder70a; gold W14149, W21002)
		{"A Georgia state senator accused the Justice Department of hiding evidence.", []string{"USALEG 112 USAGOV asserted"}},
		{"Georgia's prime minister met Turkish President Tayyip Erdogan in Ankara on Tuesday.",
			[]string{"GEOGOV 040 TURGOV asserted", "TURGOV 040 GEOGOV asserted"}},
		{"Georgian police detained dozens of protesters in Tbilisi on Sunday.", []string{"GEOCOP 173 GEOCVL asserted"}},
		{"Russia accused the governor of Georgia on Monday.", []string{"RUS 112 USAGOV asserted"}},
		{"Russia accused the president of Georgia on Monday.", []string{"RUS 112 GEOGOV asserted"}},
		{"Russia accused the governor of Georgia's Kakheti region on Monday.", []string{"RUS 112 GEOGOV asserted"}},
		// listed beside another U.S. state
		{"The Justice Department sued Georgia and Texas over their voting laws on Monday.", []string{"USAGOV 115 USA asserted"}},
		{"Russia accused Ukraine, Georgia and Moldova of provoking the West.", []string{"RUS 112 UKR asserted", "RUS 112 GEO asserted", "RUS 112 MDA asserted"}},
		// a bare "Georgia" modifying the state's voters or prosecutors
		{"Georgia prosecutors charged the former mayor on Monday.", []string{"USAJUD 173 USA asserted"}},
		// (as the target: what voters do as voters is no event, falseevents_voters.go)
		{"Russia accused Georgia voters on Tuesday.", []string{"RUS 112 USACVL asserted"}},
		{"Russia accused Georgian voters on Tuesday.", []string{"RUS 112 GEOCVL asserted"}},
		// "Georgia officials", and the state's election officials after
		// "Georgia's" (session 57); the country's election commission
		// stays GEO
		{"Georgia officials rejected the campaign's demand on Monday.", []string{"USAGOV 120 - asserted"}},
		{"Georgia's election officials rejected the campaign's demand on Monday.", []string{"USAGOV 120 - asserted"}},
		{"Georgia's top elections official rejected the campaign's demand on Monday.", []string{"USAGOV 120 - asserted"}},
		{"Georgia's central election commission rejected the opposition's demand on Monday.", []string{"GEOGOV 120 GEOOPP asserted", "GEOOPP 100 GEOGOV asserted"}},
	}, false)
}

// TestUSGeorgiaStory codes the later "Georgia" of a story that told the
// U.S. state before as the state, with its place, unless that sentence
// names the country's people or places.
func TestUSGeorgiaStory(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct {
		body  []string
		want  []string // dyadLine of each event
		place string   // placeLine of the last event
	}{
		{[]string{"Georgia Gov. Brian Kemp signed the budget on Monday.", "Mexico accused Georgia of mistreating migrants on Tuesday."},
			[]string{"MEX 112 USA"}, ""},
		{[]string{"Georgia Gov. Brian Kemp signed the budget on Monday.", "Mexican police arrested three Americans in Georgia on Tuesday."},
			[]string{"MEXCOP 173 USACVL"}, "Georgia State USA 32.7 -83.4 region"},
		{[]string{"Georgia Gov. Brian Kemp signed the budget on Monday.", "Russia accused Georgia of shelling South Ossetia on Tuesday."},
			[]string{"RUS 112 GEO", "GEO 194 GEOCVL"}, ""},
		{[]string{"Voters in Atlanta queued for hours on Monday.", "Georgian police detained protesters in Tbilisi on Tuesday."},
			[]string{"GEOCOP 173 GEOCVL"}, "Tbilisi GEO 41.69411 44.83368 capital"},
	} {
		a := &dyad.Article{ID: "t", Published: "2024-09-04", Body: tt.body}
		var got []string
		evs := c.Code(a)
		for _, e := range evs {
			got = append(got, dyadLine(e))
		}
		if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("%q\n got %q\nwant %q", tt.body, got, tt.want)
			continue
		}
		if len(evs) > 0 && tt.place != "" {
			if p := placeLine(evs[len(evs)-1]); p != tt.place {
				t.Errorf("%q: place %q, want %q", tt.body, p, tt.place)
			}
		}
	}
}
