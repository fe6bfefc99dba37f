package eval

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// cannedCoder returns the events listed for each article id.
type cannedCoder map[string][]dyad.Event

func (c cannedCoder) Code(a *dyad.Article) []dyad.Event { return c[a.ID] }

func ev(src, code, tgt string) dyad.Event {
	e := dyad.Event{CAMEO: code}
	if src != "" {
		e.Source = &dyad.Actor{Code: src}
	}
	if tgt != "" {
		e.Target = &dyad.Actor{Code: tgt}
	}
	return e
}

// TestScorer scores a small gold set at the root, full-code and PLOVER
// levels: 042 for 043 matches at root and PLOVER level only; 190 for 180
// matches at PLOVER level only (both ASSAULT here), and both at the actors
// level; a false event and a missed one count against precision and recall.
func TestScorer(t *testing.T) {
	gold, err := ReadGold(strings.NewReader(`{"id":"g1","date":"2024-01-02","text":"a","events":[{"source":"JPN","target":"AUS","cameo":"043"}]}
{"id":"g2","date":"2024-01-02","text":"b","events":[{"source":"RUS","target":"UKR","cameo":"180"}]}
{"id":"g3","date":"2024-01-02","text":"c","events":[{"source":"PRK","target":null,"cameo":"150"}]}
{"id":"g4","date":"2024-01-02","text":"d","events":[]}
`), "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	c := cannedCoder{
		"g1": {ev("JPN", "042", "AUS")},
		"g2": {ev("RUS", "190", "UKR")},
		"g4": {ev("USA", "010", "")},
	}
	plover := map[string]string{"042": "CONSULT", "043": "CONSULT", "180": "ASSAULT", "190": "ASSAULT", "150": "MOBILIZE"}
	rep := Scorer{PloverOf: func(code string) string { return plover[code] }}.Run(c, gold)
	tests := []struct {
		level string
		got   Score
		want  Score
	}{
		{"root", rep.Root, Score{Gold: 3, Emitted: 3, Matched: 1}},
		{"full code", rep.Code, Score{Gold: 3, Emitted: 3, Matched: 0}},
		{"PLOVER", rep.Plover, Score{Gold: 3, Emitted: 3, Matched: 2}},
		{"actors", rep.Actors, Score{Gold: 3, Emitted: 3, Matched: 2}},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: %+v, want %+v", tc.level, tc.got, tc.want)
		}
	}
	if !rep.HasPlover || Run(c, gold).HasPlover {
		t.Errorf("HasPlover: Scorer with PloverOf %v, Run %v", rep.HasPlover, Run(c, gold).HasPlover)
	}
	if len(rep.Missed) != 2 || len(rep.False) != 2 {
		t.Errorf("missed %v, false %v", rep.Missed, rep.False)
	}
}
