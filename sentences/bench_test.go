package sentences_test

import (
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/bench/corpus"
	"github.com/dyad-events/dyad/sentences"
)

// BenchmarkSplit splits, tokenises and tags the text corpora's articles,
// one article per op; sentences/s is reported.
func BenchmarkSplit(b *testing.B) {
	arts, _ := corpus.TextArticles(b)
	lx := sentences.NewLexicon()
	n := 0
	for i := 0; b.Loop(); i++ {
		n += len(sentences.Split(arts[i%len(arts)], lx))
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkSplitText splits the text corpora's paragraphs into sentences
// (no tokens), one article per op; paragraph bytes/s is reported.
func BenchmarkSplitText(b *testing.B) {
	arts, _ := corpus.TextArticles(b)
	var out []string
	size := 0
	for i := 0; b.Loop(); i++ {
		for _, p := range arts[i%len(arts)].Body {
			out = sentences.SplitText(p)
			size += len(p)
		}
	}
	_ = out
	b.SetBytes(int64(size / max(b.N, 1)))
}

// corpusSentences returns the corpora's sentence texts.
func corpusSentences(b *testing.B) []string {
	arts, _ := corpus.TextArticles(b)
	lx := sentences.NewLexicon()
	var out []string
	for _, a := range arts {
		for _, s := range sentences.Split(a, lx) {
			out = append(out, s.Text)
		}
	}
	return out
}

// BenchmarkTokenize tokenises one corpus sentence per op.
func BenchmarkTokenize(b *testing.B) {
	ss := corpusSentences(b)
	var size int64
	for _, s := range ss {
		size += int64(len(s))
	}
	b.SetBytes(size / int64(len(ss)))
	for i := 0; b.Loop(); i++ {
		sentences.Tokenize(ss[i%len(ss)])
	}
}

// BenchmarkTag tags one tokenised corpus sentence per op.
func BenchmarkTag(b *testing.B) {
	ss := corpusSentences(b)
	lx := sentences.NewLexicon()
	toks := make([][]dyad.Token, len(ss))
	for i, s := range ss {
		toks[i] = sentences.Tokenize(s)
	}
	buf := make([]dyad.Token, 0, 256)
	for i := 0; b.Loop(); i++ {
		t := toks[i%len(toks)]
		buf = append(buf[:0], t...) // Tag may write into its argument
		sentences.Tag(buf, lx)
	}
}
