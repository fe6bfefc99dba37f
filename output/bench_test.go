package output

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// longArticle is a wire story of 300 body sentences, three to a
// paragraph, every sentence with a non-ASCII dash, and 200 events, each
// on its own sentence and each told again in the next one (one further
// telling: 400 mention rows).
func longArticle() (*dyad.Article, []dyad.Event) {
	a := &dyad.Article{ID: "0123456789abcdef", Title: "Envoys meet over border dispute", URL: "https://wire.example/border"}
	sent := func(i int) string {
		return fmt.Sprintf("Envoy %d of Kenya met Uganda’s minister — talks number %d went on.", i, i)
	}
	for p := 0; p < 100; p++ {
		a.Body = append(a.Body, sent(3*p)+" "+sent(3*p+1)+" "+sent(3*p+2))
	}
	var evs []dyad.Event
	for i := 0; i < 200; i++ {
		text := sent(i)
		src := strings.Index(text, "Kenya")
		ev := dyad.Event{ID: fmt.Sprintf("0123456789abcdef-%d-0", i), Sentence: i, CAMEO: "040", Confidence: 0.8,
			Source:   &dyad.Actor{Code: "KEN", Text: "Kenya", Span: [2]int{src, src + 5}},
			Target:   &dyad.Actor{Code: "UGAGOV", Text: "Uganda", Span: [2]int{src + 10, src + 16}},
			Evidence: dyad.Evidence{Text: text, Verb: "met", Span: [2]int{src + 6, src + 9}},
			Also:     []dyad.Mention{{Sentence: i + 1, Evidence: dyad.Evidence{Text: sent(i + 1), Verb: "met", Span: [2]int{src + 6, src + 9}}}},
		}
		evs = append(evs, ev)
	}
	return a, evs
}

// BenchmarkGDELTMentions writes the gdelt-mentions rows of longArticle.
func BenchmarkGDELTMentions(b *testing.B) {
	a, evs := longArticle()
	w, err := New(io.Discard, "gdelt-mentions", nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := w.Write(a, evs); err != nil {
			b.Fatal(err)
		}
	}
}
