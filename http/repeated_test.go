package http

import (
	"fmt"
	"net/http/httptest"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestArticleRepeatedSentence serves an article that tells one thanks
// twice in a paragraph (sentences 0 and 2) and repeats a quote in a
// later paragraph (sentences 3 and 5), each told again in Also: in both
// stores /api/articles/ID places each mention where its own sentence
// stands, not at the text's first occurrence.
func TestArticleRepeatedSentence(t *testing.T) {
	const (
		thanks = "Kenya thanked Japan."
		quote  = `"Uganda will reopen the border," the minister said.`
	)
	a := &dyad.Article{ID: "repeated-telling", URL: "https://wire.example/thanks", Source: "Example Wire",
		Title: "Kenya thanks Japan", Published: "2024-03-04", Language: "en", Body: []string{
			"Kenya thanked Japan. It was the second flight this week. " + thanks, // 0, 1, 2
			quote,                                  // 3
			"Aid workers unloaded tents. " + quote, // 4, 5
		}}
	thank := dyad.Event{ID: "repeated-telling-0-041", ArticleID: a.ID, Sentence: 0, Date: "2024-03-04", DatePrecision: dyad.Day,
		DateFrom: "published", CAMEO: "041", CAMEORoot: "04", QuadClass: 1, Goldstein: 1, Status: dyad.Asserted, Confidence: 0.8,
		Source:   &dyad.Actor{Code: "KEN", Country: "KEN", Sectors: []string{}, Name: "Kenya", Text: "Kenya", Span: [2]int{0, 5}},
		Target:   &dyad.Actor{Code: "JPN", Country: "JPN", Sectors: []string{}, Name: "Japan", Text: "Japan", Span: [2]int{14, 19}},
		Evidence: dyad.Evidence{Text: thanks, Verb: "thanked", Span: [2]int{6, 13}},
		Also:     []dyad.Mention{{Sentence: 2, Evidence: dyad.Evidence{Text: thanks, Verb: "thanked", Span: [2]int{6, 13}}}},
	}
	reopen := dyad.Event{ID: "repeated-telling-3-030", ArticleID: a.ID, Sentence: 3, Date: "2024-03-04", DatePrecision: dyad.Day,
		DateFrom: "published", CAMEO: "030", CAMEORoot: "03", QuadClass: 1, Goldstein: 4, Status: dyad.Future, Confidence: 0.7,
		Source:   &dyad.Actor{Code: "UGA", Country: "UGA", Sectors: []string{}, Name: "Uganda", Text: "Uganda", Span: [2]int{1, 7}},
		Evidence: dyad.Evidence{Text: quote, Verb: "will reopen", Span: [2]int{8, 19}},
		Also:     []dyad.Mention{{Sentence: 5, Evidence: dyad.Evidence{Text: quote, Verb: "will reopen", Span: [2]int{8, 19}}}},
	}
	eachStore(t, a, []dyad.Event{thank, reopen}, func(t *testing.T, srv *httptest.Server) {
		var v ArticleView
		if code, body := get(t, srv, "/api/articles/"+a.ID, &v); code != 200 {
			t.Fatalf("%d %s", code, body)
		}
		var spans []string
		for _, sp := range v.Spans {
			spans = append(spans, fmt.Sprintf("%d/%d %v %v %v %v", sp.Index, sp.Paragraph, sp.Sentence, sp.Verb, sp.Source, sp.Target))
		}
		want := "[0/0 [0 20] [6 13] [0 5] [14 19] 2/0 [57 77] [63 70] [57 62] [71 76] " +
			"3/1 [0 51] [8 19] [1 7] [-1 -1] 5/2 [28 79] [36 47] [29 35] [-1 -1]]"
		if got := fmt.Sprint(spans); got != want {
			t.Errorf("article spans\n got %s\nwant %s", got, want)
		}
	})
}
