package sqlite_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sqlite"
)

func Example() {
	dir, _ := os.MkdirTemp("", "dyad")
	defer os.RemoveAll(dir)
	db, err := sqlite.Open(filepath.Join(dir, "events.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()

	text := "Japan's foreign minister met her Australian counterpart in Tokyo on Monday."
	a := &dyad.Article{ID: dyad.ArticleID("https://example.org/a", ""), URL: "https://example.org/a",
		Source: "Example Wire", Published: "2024-03-04", Body: []string{text}}
	ev := dyad.Event{ID: "e1", ArticleID: a.ID, Sentence: 0, Date: "2024-03-04", DatePrecision: dyad.Day,
		Source: &dyad.Actor{Code: "JPNGOV", Country: "JPN", Name: "Japan"},
		Target: &dyad.Actor{Code: "AUSGOV", Country: "AUS", Name: "Australia"},
		CAMEO:  "040", CAMEORoot: "04", QuadClass: 1, Goldstein: 1, Status: dyad.Asserted,
		Evidence: dyad.Evidence{Text: text, Verb: "met", Span: [2]int{24, 27}}}

	added, _ := db.SaveArticle(ctx, a, []dyad.Event{ev})
	again, _ := db.SaveArticle(ctx, a, []dyad.Event{ev})
	evs, _ := db.Events(ctx, sqlite.Filter{Dyad: [2]string{"JPN", "AUS"}})
	c, _ := db.Counts(ctx)
	fmt.Println(added, again)
	fmt.Println(evs[0].Source.Code, evs[0].CAMEO, evs[0].Target.Code, evs[0].NumMentions)
	fmt.Printf("%+v\n", c)
	// Output:
	// true false
	// JPNGOV 040 AUSGOV 1
	// {Articles:1 DupGroups:1 Sentences:1 Events:1 Mentions:1 Actors:2}
}

func ExampleNormalizeText() {
	fmt.Println(sqlite.NormalizeText("Kim Jong-un AND NOT U.S."))
	fmt.Println(sqlite.NormalizeText(`title:al-Assad OR "foreign ministry"`))
	// Output:
	// Kim "Jong-un" NOT "U.S."
	// title:"al-Assad" OR "foreign ministry"
}
