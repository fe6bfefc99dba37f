package http

import (
	"encoding/json"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
)

// TestArticleLongID: an article whose JSON Lines record gave an id of
// over 200 bytes (a page's address with its query, 300 bytes) is stored
// so, and /api/articles/ID serves it, in both stores; it was refused, 400
// "want 1–200 bytes". An id no article has, as long, is a 404; an id
// with a NUL or bytes that are not UTF-8 is still a 400. The id's "/"
// written %2F ("https:%2F%2Fwire…") is no empty path segment.
func TestArticleLongID(t *testing.T) {
	id := "https://wire.example/2024/03/04/kenya-japan-aid/" + strings.Repeat("tents-", 40) + "?ref=feed&page=2"
	if len(id) <= 200 {
		t.Fatalf("id of %d bytes, want over 200", len(id))
	}
	a := &dyad.Article{ID: id, Source: "Example Wire", Title: "Kenya thanks Japan", Published: "2024-03-04",
		Language: "en", Body: []string{"Kenya thanked Japan on Monday."}}
	ev := dyad.Event{ID: "5d879398143d6172", ArticleID: id, Sentence: 0, Date: "2024-03-04", DatePrecision: dyad.Day,
		DateFrom: "text", CAMEO: "041", CAMEORoot: "04", QuadClass: 1, Goldstein: 1, Status: dyad.Asserted, Confidence: 0.8,
		Source:   &dyad.Actor{Code: "KEN", Country: "KEN", Sectors: []string{}, Name: "Kenya", Text: "Kenya", Span: [2]int{0, 5}},
		Target:   &dyad.Actor{Code: "JPN", Country: "JPN", Sectors: []string{}, Name: "Japan", Text: "Japan", Span: [2]int{14, 19}},
		Evidence: dyad.Evidence{Text: "Kenya thanked Japan on Monday.", Verb: "thanked", Span: [2]int{6, 13}},
	}
	eachStore(t, a, []dyad.Event{ev}, func(t *testing.T, srv *httptest.Server) {
		var v ArticleView
		if code, body := get(t, srv, "/api/articles/"+url.PathEscape(id), &v); code != 200 || v.ID != id || len(v.Spans) != 1 {
			t.Errorf("%d %.300s\nwant 200, the article %s with its one span", code, body, id)
		}
		for _, tc := range []struct {
			path string
			code int
			err  string
		}{
			{"/api/articles/" + url.PathEscape(id+"x"), 404, "article " + id + "x: not found (" + articleIDForm + ")"},
			{"/api/articles/a%00b", 400, `article id "a\x00b": want UTF-8 text with no NUL`},
			{"/api/articles/a%FF", 400, `article id "a\xff": want UTF-8 text with no NUL`},
		} {
			var e struct{ Error string }
			code, body := get(t, srv, tc.path, nil)
			if json.Unmarshal([]byte(body), &e); code != tc.code || e.Error != tc.err {
				t.Errorf("%.60s…: %d %.300s\nwant %d %q", tc.path, code, body, tc.code, tc.err)
			}
		}
	})
}

// TestArticleIDBounds: an article id that no article can have, over
// 1,024 bytes (a JSON Lines record's id is refused past it), is a 400
// saying the limit, not a 404; one of 1,024 bytes that no article has is
// still a 404. A path segment that decodes to "." or ".." ("%2E%2E",
// "%2e", ".%2E") is the 400 of the undecoded form, naming the path meant:
// "/api/articles/%2E%2E" answered 200 with the article whose id is "..",
// where a client or proxy reading the path by RFC 3986 asks for /api.
func TestArticleIDBounds(t *testing.T) {
	if maxArticleID != article.MaxRecordID {
		t.Fatalf("maxArticleID %d, article.MaxRecordID %d: want them equal", maxArticleID, article.MaxRecordID)
	}
	a := &dyad.Article{ID: "..", Source: "Example Wire", Title: "Kenya thanks Japan", Published: "2024-03-04",
		Language: "en", Body: []string{"Kenya thanked Japan on Monday."}}
	eachStore(t, a, nil, func(t *testing.T, srv *httptest.Server) {
		long := strings.Repeat("x", 1025)
		for _, tc := range []struct {
			path string
			code int
			err  string
		}{
			{"/api/articles/" + long, 400, "article id of 1025 bytes: an article's id is at most 1024 bytes (" + articleIDForm + ")"},
			{"/api/articles/" + long[:1024], 404, "article " + long[:1024] + ": not found (" + articleIDForm + ")"},
			{"/api/articles/..", 400, `path "/api/articles/.." has an empty, "." or ".." segment: want /api`},
			{"/api/articles/%2E%2E", 400, `path "/api/articles/%2E%2E" has an empty, "." or ".." segment: want /api`},
			{"/api/articles/.%2e", 400, `path "/api/articles/.%2e" has an empty, "." or ".." segment: want /api`},
			{"/api/articles/%2E", 400, `path "/api/articles/%2E" has an empty, "." or ".." segment: want /api/articles`},
			{"/api/articles/%2E%2E%2E", 404, "article ...: not found (" + articleIDForm + ")"},
		} {
			var e struct{ Error string }
			code, body := get(t, srv, tc.path, nil)
			if json.Unmarshal([]byte(body), &e); code != tc.code || e.Error != tc.err {
				t.Errorf("%.60s: %d %.300s\nwant %d %q", tc.path, code, body, tc.code, tc.err)
			}
		}
	})
}
