package http_test

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/http/httptest"
	"os"
	"path/filepath"

	"github.com/dyad-events/dyad"
	dyadhttp "github.com/dyad-events/dyad/http"
	"github.com/dyad-events/dyad/sqlite"
)

func Example() {
	dir, _ := os.MkdirTemp("", "dyad")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "events.db")
	w, err := sqlite.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	text := "Japan's foreign minister met her Australian counterpart in Tokyo on Monday."
	a := &dyad.Article{ID: "a1", URL: "https://example.org/a", Source: "Example Wire", Published: "2024-03-04", Body: []string{text}}
	ev := dyad.Event{ID: "e1", ArticleID: "a1", Date: "2024-03-04", DatePrecision: dyad.Day,
		Source: &dyad.Actor{Code: "JPNGOV", Country: "JPN", Name: "Japan"},
		Target: &dyad.Actor{Code: "AUSGOV", Country: "AUS", Name: "Australia"},
		CAMEO:  "040", CAMEORoot: "04", QuadClass: 1, Goldstein: 1, Status: dyad.Asserted,
		Evidence: dyad.Evidence{Text: text, Verb: "met", Span: [2]int{25, 28}}}
	w.SaveArticle(context.Background(), a, []dyad.Event{ev})
	w.Close()

	db, err := sqlite.OpenReadOnly(path)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	srv := httptest.NewServer(dyadhttp.New(db))
	defer srv.Close()
	for _, p := range []string{"/api/dyads", "/api/timeline?bucket=month", "/api/events?quad=9"} {
		r, err := srv.Client().Get(srv.URL + p)
		if err != nil {
			log.Fatal(err)
		}
		b, _ := io.ReadAll(r.Body)
		r.Body.Close()
		fmt.Print(r.StatusCode, " ", string(b))
	}
	// Output:
	// 200 {"dyads":[{"source":"JPNGOV","source_name":"Japan","target":"AUSGOV","target_name":"Australia","events":1,"mentions":1,"mean_goldstein":1}]}
	// 200 {"bucket":"month","by":"quad","points":[{"period":"2024-03","key":"1","events":1,"mentions":1}]}
	// 400 {"error":"quad \"9\": want 1, 2, 3 or 4"}
}
