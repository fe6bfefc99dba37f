package bench_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/events"
)

// runOn returns an article of one paragraph: n repeats of a wire clause,
// each closed by end ("" for a run-on with no sentence end, "." for
// sentences).
func runOn(n int, end string) *dyad.Article {
	clause := "Russia attacked Ukraine on Monday and the talks failed" + end
	return &dyad.Article{ID: "runon", Body: []string{strings.TrimSpace(strings.Repeat(clause+" ", n))}}
}

// benchRunOn codes one article per op; input bytes per op are set, so
// MB/s compares text with and without sentence ends.
func benchRunOn(b *testing.B, a *dyad.Article) {
	c, err := events.New(events.Config{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(a.Body[0])))
	for b.Loop() {
		c.Code(a)
	}
}

// BenchmarkCodeRunOn codes 20,000 clauses with no sentence end (1.1 MB in
// one "sentence" the splitter must cut); BenchmarkCodeSentences codes the
// same clauses each closed by a full stop. The run-on is slower, not
// close: measured 1.43 against 3.47 MB/s (0.41 of it, review 24b) and,
// on a loaded 2-core machine, 1.66–2.08 against 2.19–2.68 MB/s (0.6–0.9;
// go test ./bench -run X -bench 'CodeRunOn|CodeSentences' -benchtime 3x).
func BenchmarkCodeRunOn(b *testing.B)     { benchRunOn(b, runOn(20000, "")) }
func BenchmarkCodeSentences(b *testing.B) { benchRunOn(b, runOn(20000, ".")) }
