package http

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// TestTrailingSlash: an endpoint's path with a trailing slash is served
// as the path without it ("/api/events/1/" was a 404, "no endpoint GET
// /api/events/1/"); an article id's own "/", sent %2F, is kept.
func TestTrailingSlash(t *testing.T) {
	srv := newTestServer(t, false)
	var all EventsPage
	get(t, srv, "/api/events", &all)
	if len(all.Events) == 0 {
		t.Fatal("no events")
	}
	e := all.Events[0]
	for _, p := range []string{
		"/api/events",
		fmt.Sprintf("/api/events/%d", e.GlobalEventID),
		"/api/events/" + e.ID,
		"/api/articles/" + e.ArticleID,
		"/api/timeline?by=root",
		"/api/actors",
	} {
		code, want := get(t, srv, p, nil)
		slashed := p + "/"
		if base, q, ok := strings.Cut(p, "?"); ok {
			slashed = base + "/?" + q
		}
		gotCode, got := get(t, srv, slashed, nil)
		if code != 200 || gotCode != 200 || got != want {
			t.Errorf("%s: %d %.80q, want %s's %d %.80q", slashed, gotCode, got, p, code, want)
		}
	}
	// an id ending in a "/" of its own is that id, not found here
	code, body := get(t, srv, "/api/articles/"+e.ArticleID+"%2F", nil)
	var er struct{ Error string }
	json.Unmarshal([]byte(body), &er)
	if code != 404 || er.Error != "article "+e.ArticleID+"/: not found (an article's id is the article_id its events carry: 16 lower-case hex digits, or the id its JSON Lines record gave)" {
		t.Errorf("id with its own slash: %d %q", code, er.Error)
	}
	// "/api/" is no endpoint still
	if code, body := get(t, srv, "/api/", nil); code != 404 || body != `{"error":"no endpoint GET /api/"}`+"\n" {
		t.Errorf("/api/: %d %q", code, body)
	}
}
