package article_test

import (
	"os"
	"testing"

	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/bench/corpus"
)

// BenchmarkReadText reads the plain-text corpora, one file per op;
// articles/s is reported (HTML: BenchmarkExtractHTML).
func BenchmarkReadText(b *testing.B) {
	var files [][]byte
	var size int64
	for _, p := range corpus.Files(b, ".txt", corpus.TextDirs...) {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, data)
		size += int64(len(data))
	}
	b.SetBytes(size / int64(len(files)))
	for i := 0; b.Loop(); i++ {
		article.Read("bench.txt", files[i%len(files)], article.Options{})
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
