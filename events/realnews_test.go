package events_test

import (
	"os"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/eval"
	"github.com/dyad-events/dyad/internal/testutil"
	"github.com/dyad-events/dyad/sentences"
)

// TestGoldRealNews scores the coder on the real-news gold set
// (testdata/gold/realnews.jsonl: 800 sentences of the shared corpora,
// referred to by file, sentence and hash, since their text may not be
// copied), coding each article whole. It is skipped when ../shared/corpora
// is absent. The floors sit just under what the coder reaches, so a
// regression shows; the report is `dyad eval testdata/gold/realnews.jsonl`.
func TestGoldRealNews(t *testing.T) {
	dir := testutil.Corpora(t)
	f, err := os.Open("../testdata/gold/realnews.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := eval.ReadGold(f, "testdata/gold/realnews.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	c := newCoder(t)
	split := func(a *dyad.Article, i int) (string, bool) {
		text, ok := "", false
		sentences.Each(a, c.Lexicon(), func(s *dyad.Sentence) {
			if s.Index == i {
				text, ok = s.Text, true
			}
		})
		return text, ok
	}
	cc, err := eval.FromCorpus(gold, "testdata/gold/realnews.jsonl", dir, c, split)
	if err != nil {
		t.Fatal(err)
	}
	rep := eval.Run(cc, gold)
	var b strings.Builder
	rep.Print(&b, false)
	t.Log("\n" + b.String())
	for _, f := range []struct {
		name       string
		got, floor float64
	}{
		{"root precision", rep.Root.Precision(), 0.35},
		{"root recall", rep.Root.Recall(), 0.11},
	} {
		if f.got < f.floor {
			t.Errorf("%s %.3f under the floor %.2f", f.name, f.got, f.floor)
		}
	}
}
