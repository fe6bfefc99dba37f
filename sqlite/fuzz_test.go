package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sqlite"
)

// FuzzEvents runs arbitrary filters, FTS5 text queries included, against a
// small store: a bad query is an error, never a panic, and the store stays
// intact and unchanged.
func FuzzEvents(f *testing.F) {
	db, err := sqlite.Open(filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { db.Close() })
	ctx := context.Background()
	text := "Japan's foreign minister met her Australian counterpart in Tokyo on Monday."
	a := &dyad.Article{ID: "a1", URL: "https://example.org/a", Source: "Example Wire", Title: "Japan and Australia meet",
		Published: "2024-03-04", Body: []string{text}}
	ev := dyad.Event{ID: "e1", ArticleID: a.ID, Date: "2024-03-04", DatePrecision: dyad.Day,
		Source: &dyad.Actor{Code: "JPNGOV", Country: "JPN", Name: "Japan"},
		Target: &dyad.Actor{Code: "AUSGOV", Country: "AUS", Name: "Australia"},
		CAMEO:  "040", CAMEORoot: "04", QuadClass: 1, Goldstein: 1, Plover: dyad.Plover{Event: "CONSULT"}, Status: dyad.Asserted,
		Evidence: dyad.Evidence{Text: text, Verb: "met", Span: [2]int{24, 27}}}
	if _, err := db.SaveArticle(ctx, a, []dyad.Event{ev}); err != nil {
		f.Fatal(err)
	}
	f.Add("japan", "2024-03", "", "JPN", "04", "CONSULT", "asserted", 0, 0)
	f.Add(`"foreign minister" AND NOT tokyo*`, "", "2024-03-04", "", "0", "accuse", "", 1, 5)
	f.Add(`NEAR(japan australia, 2) OR title:meet`, "x", "'; DROP TABLE events; --", "%_", "%", "", "denied", -1, -1)
	f.Add(`"unterminated`, "2024-13-45", "9999", "JPN\x00", "", "", "", 7, 1<<30)
	f.Add(`{title}: ^japan`, "", "", "", "", "", "", 0, 0)
	f.Fuzz(func(t *testing.T, q, from, to, actor, cameo, plover, status string, quad, limit int) {
		fl := sqlite.Filter{Text: q, From: from, To: to, Actor: actor, Country: actor,
			Dyad: [2]string{actor, cameo}, CAMEO: cameo, Root: cameo, QuadClass: quad, Plover: plover,
			Status: dyad.Status(status), Limit: limit, After: int64(quad)}
		evs, err := db.Events(ctx, fl)
		if err == nil && len(evs) > 1 {
			t.Fatalf("filter %+v returned %d events from a store of 1", fl, len(evs))
		}
		fl.Text = ""
		db.Events(ctx, fl)
		c, err := db.Counts(ctx)
		if err != nil || c.Articles != 1 || c.Events != 1 {
			t.Fatalf("store changed after filter %+v: %+v, %v", fl, c, err)
		}
	})
}
