package events_test

import (
	"os"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/eval"
	"github.com/dyad-events/dyad/internal/testutil"
)

// TestGoldRealNews scores the coder on the real-news gold sets
// (testdata/gold/realnews.jsonl: 800 sentences, and realnews-articles.jsonl:
// 30 whole articles of the shared corpora,
// referred to by file, sentence and hash, since their text may not be
// copied), coding each article whole. It is skipped when ../shared/corpora
// is absent. The floors sit just under what the coder reaches, so a
// regression shows; the report is `dyad eval testdata/gold/realnews.jsonl`.
func TestGoldRealNews(t *testing.T) {
	dir := testutil.Corpora(t)
	c := newCoder(t)
	for _, set := range []struct {
		file              string
		precision, recall float64 // floors, root level
	}{
		{"realnews.jsonl", 0.40, 0.15},          // 800 sentences, one or two an article
		{"realnews-articles.jsonl", 0.30, 0.16}, // 30 whole articles
	} {
		name := "testdata/gold/" + set.file
		f, err := os.Open("../" + name)
		if err != nil {
			t.Fatal(err)
		}
		gold, err := eval.ReadGold(f, name)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		cc, err := eval.FromCorpus(gold, name, dir, c, c.SentenceTexts)
		if err != nil {
			t.Fatal(err)
		}
		rep := eval.Run(cc, gold)
		var b strings.Builder
		rep.Print(&b, false)
		t.Log(name + "\n" + b.String())
		if p := rep.Root.Precision(); p < set.precision {
			t.Errorf("%s: root precision %.3f under the floor %.2f", name, p, set.precision)
		}
		if r := rep.Root.Recall(); r < set.recall {
			t.Errorf("%s: root recall %.3f under the floor %.2f", name, r, set.recall)
		}
	}
}
