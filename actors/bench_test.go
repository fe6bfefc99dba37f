package actors_test

import (
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/bench/corpus"
	"github.com/dyad-events/dyad/sentences"
)

// BenchmarkFind matches actors in one tagged corpus sentence per op, at
// the article's date; sentences/s is reported.
func BenchmarkFind(b *testing.B) {
	arts, _ := corpus.TextArticles(b)
	d, err := actors.Default()
	if err != nil {
		b.Fatal(err)
	}
	m := actors.NewMatcher(d)
	lx := sentences.NewLexicon()
	type sent struct {
		s    dyad.Sentence
		date string
	}
	var ss []sent
	for _, a := range arts {
		date := ""
		if t, ok := a.PublishedTime(); ok {
			date = t.Format("2006-01-02")
		}
		for _, s := range sentences.Split(a, lx) {
			ss = append(ss, sent{s, date})
		}
	}
	for i := 0; b.Loop(); i++ {
		s := &ss[i%len(ss)]
		m.Find(&s.s, s.date)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkDefault loads and indexes the embedded dictionary.
func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		d, err := actors.Default()
		if err != nil {
			b.Fatal(err)
		}
		actors.NewMatcher(d)
	}
}
