package main

// dyad eval stopped by a signal while it codes: no partial scores, the
// texts not coded counted.

import (
	"context"
	"errors"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/eval"
)

// TestEvalExplainerStops: once its context is done, eval's coder codes no
// more (each text gives no event, explained or not) and counts only the
// texts coded before; the run's error then says how many of the file's
// texts were not coded, exit 143 (SIGTERM), and is nil when all were.
func TestEvalExplainerStops(t *testing.T) {
	var f codingFlags
	coder, _, err := f.newCoder()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	x := explainer{Coder: coder, ctx: ctx, coded: new(int)}
	text := func(id string) *dyad.Article {
		return &dyad.Article{ID: id, Published: "2024-03-02", Body: []string{"Bolivia expelled two Peruvian diplomats on Friday."}}
	}
	if evs := x.Code(text("a")); len(evs) != 1 || evs[0].CAMEO != "161" {
		t.Fatalf("before the signal: %d events (%v), want one, 161", len(evs), evs)
	}
	cancel(errors.New("terminated signal received"))
	if evs := x.Code(text("b")); len(evs) != 0 {
		t.Errorf("Code after the signal: %d events, want none", len(evs))
	}
	if evs, why := x.Why(text("c")); len(evs) != 0 || why == nil {
		t.Errorf("Why after the signal: %d events, want none", len(evs))
	}
	if evs, _ := x.WhyIn(text("d")); len(evs) != 0 {
		t.Errorf("WhyIn after the signal: %d events, want none", len(evs))
	}
	if *x.coded != 1 {
		t.Errorf("%d texts counted coded, want 1", *x.coded)
	}

	gold := []eval.Gold{{ID: "s1", Text: "a"}, {ID: "s2", Text: "b"}, {ID: "s3", Text: "c"}}
	tests := []struct {
		name  string
		n     evalTexts
		coded int
		want  string
	}{
		{"gold sentences", goldTexts(gold), 1, "interrupted (terminated signal received): 2 of 3 gold sentences of g.jsonl not coded; no scores printed"},
		{"one article", evalTexts{articles: 1}, 0, "interrupted (terminated signal received): 1 of 1 article of g.jsonl not coded; no scores printed"},
		{"both", evalTexts{sentences: 2, articles: 3}, 4, "interrupted (terminated signal received): 1 of 5 texts (gold sentences and articles) of g.jsonl not coded; no scores printed"},
	}
	for _, tt := range tests {
		err := notCoded(ctx, "g.jsonl", tt.coded, tt.n)
		var ee *exitError
		if !errors.As(err, &ee) || ee.code != 143 || err.Error() != tt.want {
			t.Errorf("%s: %v, want exit 143, %s", tt.name, err, tt.want)
		}
	}
	if err := notCoded(ctx, "g.jsonl", 3, goldTexts(gold)); err != nil {
		t.Errorf("all coded: %v, want nil (the scores printed)", err)
	}
}

// TestEvalTexts: a gold file's texts to code are its lines with a text
// and the corpus files its other lines name, each once; a judged file's,
// the files its article and event lines name, each once.
func TestEvalTexts(t *testing.T) {
	gold := []eval.Gold{{ID: "s1", Text: "x"}, {ID: "c1", File: "a.txt"}, {ID: "c2", File: "a.txt"}, {ID: "c3", File: "b.txt"}}
	if got := goldTexts(gold); got != (evalTexts{sentences: 1, articles: 2}) {
		t.Errorf("gold: %+v, want 1 sentence, 2 articles", got)
	}
	jf := &eval.JudgedFile{
		Articles: []eval.JudgedArticle{{File: "a.txt"}, {File: "c.txt"}},
		Events:   []eval.Judged{{File: "a.txt"}, {File: "b.txt"}, {File: "b.txt"}},
	}
	if got := judgedTexts(jf); got != (evalTexts{articles: 3}) {
		t.Errorf("judged: %+v, want 3 articles", got)
	}
}
