package http

import (
	"context"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad/internal/testutil"
	"github.com/dyad-events/dyad/sqlite"
)

// TestEventTellings serves testutil.TellingArticle, whose protest is told
// in sentence 0, again in sentence 3 and in the title: /api/events/1
// lists the three mentions, one a sentence, and /api/articles/ID locates
// each in the text (the title's telling names neither actor), from SQL
// and from the index alike.
func TestEventTellings(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "serve.db")
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	a, evs := testutil.TellingArticle("https://wire.example/senkaku", "Example Wire")
	if _, err := db.SaveArticle(ctx, a, evs); err != nil {
		t.Fatal(err)
	}
	db.Close()
	for _, indexed := range []bool{false, true} {
		rdb, err := sqlite.OpenReadOnly(path)
		if err != nil {
			t.Fatal(err)
		}
		h := New(rdb)
		if indexed {
			if err := h.LoadIndex(ctx); err != nil {
				t.Fatal(err)
			}
		}
		srv := httptest.NewServer(h)
		var d EventDetail
		if code, body := get(t, srv, "/api/events/1", &d); code != 200 {
			t.Fatalf("%d %s", code, body)
		}
		var ms []string
		for _, m := range d.Mentions {
			ms = append(ms, fmt.Sprintf("%d %s %s", m.Sentence, m.Event.ID[len(a.ID):], m.Event.Evidence.Verb))
		}
		if got, want := fmt.Sprint(d.Event.NumMentions, ms), "3 [0 -0-114 lodged 3 -0-114@3 lodged -1 -0-114@-1 protests]"; got != want {
			t.Errorf("indexed %v: num_mentions and mentions %s, want %s", indexed, got, want)
		}
		var v ArticleView
		if code, body := get(t, srv, "/api/articles/"+a.ID, &v); code != 200 {
			t.Fatalf("%d %s", code, body)
		}
		var spans []string
		for _, sp := range v.Spans {
			spans = append(spans, fmt.Sprintf("%d/%d %v %v %v %v", sp.Index, sp.Paragraph, sp.Sentence, sp.Verb, sp.Source, sp.Target))
		}
		want := "[-1/-1 [0 56] [6 14] [-1 -1] [-1 -1] 0/0 [0 156] [52 58] [17 41] [81 86] 2/2 [0 102] [37 45] [2 36] [-1 -1] 3/3 [0 111] [25 31] [0 24] [49 54]]"
		if got := fmt.Sprint(spans); got != want {
			t.Errorf("indexed %v: article spans\n got %s\nwant %s", indexed, got, want)
		}
		srv.Close()
		rdb.Close()
	}
}
