package store_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/store"
)

// Open takes a SQLite file path or a postgres:// URL; the Store works the
// same on both.
func Example() {
	dir, _ := os.MkdirTemp("", "dyad")
	defer os.RemoveAll(dir)
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(dir, "events.db")) // or "postgres://user@host/dyad"
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	text := "Japan's foreign minister met her Australian counterpart in Tokyo on Monday."
	a := &dyad.Article{ID: dyad.ArticleID("https://example.org/a", ""), URL: "https://example.org/a",
		Source: "Example Wire", Published: "2024-03-04", Body: []string{text}}
	ev := dyad.Event{ID: "e1", ArticleID: a.ID, Date: "2024-03-04", DatePrecision: dyad.Day,
		Source: &dyad.Actor{Code: "JPNGOV", Country: "JPN", Name: "Japan"},
		Target: &dyad.Actor{Code: "AUSGOV", Country: "AUS", Name: "Australia"},
		CAMEO:  "040", CAMEORoot: "04", QuadClass: 1, Goldstein: 1, Status: dyad.Asserted,
		Evidence: dyad.Evidence{Text: text, Verb: "met", Span: [2]int{24, 27}}}
	res, _ := db.SaveBatch(ctx, []store.Item{{Article: a, Events: []dyad.Event{ev}}})
	again, _ := db.SaveBatch(ctx, []store.Item{{Article: a, Events: []dyad.Event{ev}}})
	evs, _ := db.Events(ctx, store.Filter{Actor: "JPN"})
	fmt.Println(res[0].Added, again[0].Added, store.IsPostgres("postgres://host/dyad"))
	fmt.Println(evs[0].Source.Code, evs[0].CAMEO, evs[0].Target.Code, evs[0].NumMentions)
	// Output:
	// true false true
	// JPNGOV 040 AUSGOV 1
}
