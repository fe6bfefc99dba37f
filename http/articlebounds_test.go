package http

import (
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestArticleBounds serves a generated pathological article, 1,200
// paragraphs of about 1 KB that each open with the same thanks (one event
// told 1,200 times): in both stores /api/articles/ID answers with the
// first MaxSpans spans and "spans_total": 1200, and with the text's first
// MaxArticleText bytes, whole paragraphs with the last cut at a space and
// "text_truncated"; the spans kept still point into the paragraphs kept.
// A short article carries neither field (TestAPI, TestArticleRepeatedSentence).
func TestArticleBounds(t *testing.T) {
	const (
		n      = 1200
		thanks = "Kenya thanked Japan."
		filler = " Aid workers unloaded tents near the airport on the coast."
		fills  = 17 // sentences after the thanks in each paragraph
	)
	para := thanks + strings.Repeat(filler, fills)
	a := &dyad.Article{ID: "thanks-1200", URL: "https://wire.example/thanks-1200", Source: "Example Wire",
		Title: "Kenya thanks Japan", Published: "2024-03-04", Language: "en",
		Captions: []string{"Tents at the airport."}}
	ev := dyad.Event{ID: "thanks-1200-0-041", ArticleID: a.ID, Sentence: 0, Date: "2024-03-04", DatePrecision: dyad.Day,
		DateFrom: "published", CAMEO: "041", CAMEORoot: "04", QuadClass: 1, Goldstein: 1, Status: dyad.Asserted, Confidence: 0.8,
		Source:   &dyad.Actor{Code: "KEN", Country: "KEN", Sectors: []string{}, Name: "Kenya", Text: "Kenya", Span: [2]int{0, 5}},
		Target:   &dyad.Actor{Code: "JPN", Country: "JPN", Sectors: []string{}, Name: "Japan", Text: "Japan", Span: [2]int{14, 19}},
		Evidence: dyad.Evidence{Text: thanks, Verb: "thanked", Span: [2]int{6, 13}},
	}
	for p := 0; p < n; p++ {
		a.Body = append(a.Body, para)
		if p > 0 {
			ev.Also = append(ev.Also, dyad.Mention{Sentence: p * (1 + fills), Evidence: ev.Evidence})
		}
	}
	eachStore(t, a, []dyad.Event{ev}, func(t *testing.T, srv *httptest.Server) {
		var v ArticleView
		code, body := get(t, srv, "/api/articles/"+a.ID, &v)
		if code != 200 {
			t.Fatalf("%d %.300s", code, body)
		}
		if max := MaxArticleText + MaxSpans*2<<10; len(body) > max {
			t.Errorf("%d bytes, want at most %d", len(body), max)
		}
		if len(v.Spans) != MaxSpans || v.SpansTotal != n || !strings.Contains(body, fmt.Sprintf(`"spans_total":%d`, n)) {
			t.Errorf("%d spans, spans_total %d; want %d, %d", len(v.Spans), v.SpansTotal, MaxSpans, n)
		}
		text := 0
		for i, p := range v.Body {
			text += len(p)
			if i < len(v.Body)-1 && p != para || !strings.HasPrefix(para, p) {
				t.Errorf("paragraph %d: %q, want the whole paragraph or its start", i, p)
			}
		}
		last := v.Body[len(v.Body)-1]
		if !v.TextTruncated || text > MaxArticleText || text < MaxArticleText-len(para) || len(v.Captions) != 0 ||
			len(last) >= len(para) || para[len(last)] != ' ' || strings.HasSuffix(last, " ") {
			t.Errorf("text_truncated %v, %d paragraphs of %d bytes, the last %d bytes ending %q, %d captions; want true, at most %d bytes cut after a word, none",
				v.TextTruncated, len(v.Body), text, len(last), last[max(0, len(last)-20):], len(v.Captions), MaxArticleText)
		}
		for _, k := range []int{0, 1, MaxSpans - 1} {
			sp := v.Spans[k]
			if sp.Index != k*(1+fills) || sp.Paragraph != k || sp.Sentence != [2]int{0, len(thanks)} || sp.Verb != [2]int{6, 13} {
				t.Errorf("span %d: sentence %d, paragraph %d, sentence %v, verb %v; want %d, %d, [0 %d], [6 13]",
					k, sp.Index, sp.Paragraph, sp.Sentence, sp.Verb, k*(1+fills), k, len(thanks))
			}
		}
	})
}
