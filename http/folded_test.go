package http

import (
	"fmt"
	"net/http/httptest"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestFoldedTelling serves a shelling told as "Russian forces shelled
// Kharkiv" (the record, RUSMIL 194 UKR) and as "Russia shelled Kharkiv"
// (a broader telling folded in, carrying its own actors) and again in the
// headline, which names no target: in both stores /api/events/ID shows
// each mention with the actors its sentence names (RUS "Russia", not
// RUSMIL with no words; no target in the headline), /api/actors counts
// each mention by the event's codes (as the stores' integrity checks
// count them), and /api/articles/ID places each telling's source and
// target in its sentence.
func TestFoldedTelling(t *testing.T) {
	const (
		title  = "Russia shells Kharkiv"
		forces = "Russian forces shelled Kharkiv on Monday, Ukraine's military said."
		broad  = "Russia shelled Kharkiv on Monday, the regional governor said."
	)
	a := &dyad.Article{ID: "folded-telling", URL: "https://wire.example/kharkiv", Source: "Example Wire", Title: title,
		Published: "2024-07-17", Language: "en", Body: []string{forces, broad}}
	rus := &dyad.Actor{Code: "RUS", Country: "RUS", Sectors: []string{}, Name: "Russia", Text: "Russia", Span: [2]int{0, 6}}
	ev := dyad.Event{ID: "f01de7e11190194a", ArticleID: a.ID, Sentence: 0, Date: "2024-07-15", DatePrecision: dyad.Day,
		DateFrom: "text", CAMEO: "194", CAMEORoot: "19", QuadClass: 4, Goldstein: -10, Status: dyad.Asserted, Confidence: 0.9,
		Source:     &dyad.Actor{Code: "RUSMIL", Country: "RUS", Sectors: []string{"MIL"}, Name: "Russia", Text: "Russian forces", Span: [2]int{0, 14}},
		Target:     &dyad.Actor{Code: "UKR", Country: "UKR", Sectors: []string{}, Name: "Ukraine", Text: "Kharkiv", Span: [2]int{23, 30}},
		ReportedBy: &dyad.Actor{Code: "UKRMIL", Country: "UKR", Sectors: []string{"MIL"}, Name: "Ukraine", Text: "Ukraine's military", Span: [2]int{42, 60}},
		Evidence:   dyad.Evidence{Text: forces, Verb: "shelled", Span: [2]int{15, 22}},
		Also: []dyad.Mention{
			{Sentence: -1, Evidence: dyad.Evidence{Text: title, Verb: "shells", Span: [2]int{7, 13}}, Source: rus},
			{Sentence: 1, Evidence: dyad.Evidence{Text: broad, Verb: "shelled", Span: [2]int{7, 14}},
				ReportedBy: &dyad.Actor{Code: "UKRGOV", Country: "UKR", Sectors: []string{"GOV"}, Name: "Ukraine", Text: "the regional governor", Span: [2]int{34, 55}},
				Source:     rus, Target: &dyad.Actor{Code: "UKR", Country: "UKR", Sectors: []string{}, Name: "Ukraine", Text: "Kharkiv", Span: [2]int{15, 22}}},
		},
	}
	actor := func(a *dyad.Actor) string {
		if a == nil {
			return "-"
		}
		return fmt.Sprintf("%s %q %v", a.Code, a.Text, a.Span)
	}
	eachStore(t, a, []dyad.Event{ev}, func(t *testing.T, srv *httptest.Server) {
		var d EventDetail
		if code, body := get(t, srv, "/api/events/"+ev.ID, &d); code != 200 {
			t.Fatalf("%d %s", code, body)
		}
		var ms []string
		for _, m := range d.Mentions {
			ms = append(ms, fmt.Sprintf("%d %s / %s", m.Sentence, actor(m.Event.Source), actor(m.Event.Target)))
		}
		want := `[0 RUSMIL "Russian forces" [0 14] / UKR "Kharkiv" [23 30] -1 RUS "Russia" [0 6] / - 1 RUS "Russia" [0 6] / UKR "Kharkiv" [15 22]]`
		if got := fmt.Sprint(d.Event.NumMentions, " ", d.Event.Source.Code, " ", ms); got != "3 RUSMIL "+want {
			t.Errorf("num_mentions, record's source and mentions\n got %s\nwant 3 RUSMIL %s", got, want)
		}
		var acts struct {
			Actors []struct {
				Code  string `json:"code"`
				Count int    `json:"count"`
			} `json:"actors"`
		}
		if code, body := get(t, srv, "/api/actors", &acts); code != 200 {
			t.Fatalf("%d %s", code, body)
		}
		if got, want := fmt.Sprint(acts.Actors), "[{RUSMIL 3} {UKR 3}]"; got != want {
			t.Errorf("actors %s, want %s", got, want)
		}
		var v ArticleView
		if code, body := get(t, srv, "/api/articles/"+a.ID, &v); code != 200 {
			t.Fatalf("%d %s", code, body)
		}
		var spans []string
		for _, sp := range v.Spans {
			spans = append(spans, fmt.Sprintf("%d/%d %v %v %v", sp.Index, sp.Paragraph, sp.Verb, sp.Source, sp.Target))
		}
		if got, want := fmt.Sprint(spans), "[-1/-1 [7 13] [0 6] [-1 -1] 0/0 [15 22] [0 14] [23 30] 1/1 [7 14] [0 6] [15 22]]"; got != want {
			t.Errorf("article spans\n got %s\nwant %s", got, want)
		}
	})
}
