package events_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/bench/corpus"
	"github.com/dyad-events/dyad/events"
	"github.com/dyad-events/dyad/sentences"
)

// benchCode codes one article per op; articles/s and sentences/s are
// reported.
func benchCode(b *testing.B, arts []*dyad.Article) {
	c, err := events.New(events.Config{})
	if err != nil {
		b.Fatal(err)
	}
	sent := make([]int, len(arts))
	for i, a := range arts {
		sent[i] = len(sentences.Split(a, c.Lexicon()))
	}
	n := 0
	for i := 0; b.Loop(); i++ {
		c.Code(arts[i%len(arts)])
		n += sent[i%len(arts)]
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkCode codes the text corpora's articles.
func BenchmarkCode(b *testing.B) {
	arts, _ := corpus.TextArticles(b)
	benchCode(b, arts)
}

// BenchmarkCodeExamples codes the repository's example articles (no
// corpora needed).
func BenchmarkCodeExamples(b *testing.B) {
	paths, err := filepath.Glob("../examples/*.txt")
	if err != nil || len(paths) == 0 {
		b.Skip("no ../examples/*.txt")
	}
	var arts []*dyad.Article
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		as, err := article.Read(p, data, article.Options{Date: "2024-07-13"})
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, as...)
	}
	benchCode(b, arts)
}

// BenchmarkNew builds a coder from the embedded dictionaries.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := events.New(events.Config{}); err != nil {
			b.Fatal(err)
		}
	}
}
