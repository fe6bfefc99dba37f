package http

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/events"
	"github.com/dyad-events/dyad/sqlite"
)

// testArticles are written for these tests (not taken from any outlet).
var testArticles = []*dyad.Article{
	{ID: "art-korea", URL: "https://example.org/korea", Source: "Test Wire", Title: "North Korea condemns drills",
		Input: "wire/korea.txt", Published: "2024-07-13", Body: []string{
			"North Korea's foreign ministry on Saturday condemned South Korea over joint military drills near the border.",
			"Japan's prime minister met the South Korean president in Seoul on Friday to discuss security.",
		}},
	{ID: "art-iran", URL: "https://example.org/iran", Source: "Other Wire", Title: "Iran and IAEA talks",
		Published: "2024-08-02", Body: []string{
			"Iran agreed on Thursday to resume talks with the International Atomic Energy Agency in Vienna.",
			"Israeli warplanes struck Syrian army positions near Damascus on Wednesday.",
		}},
}

// buildStore codes testArticles with the real coder, stores them in a
// fresh store and returns its path.
func buildStore(t testing.TB, arts []*dyad.Article) string {
	t.Helper()
	c, err := events.New(events.Config{})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "serve.db")
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, a := range arts {
		if _, err := db.SaveArticle(context.Background(), a, c.Code(a)); err != nil {
			t.Fatal(err)
		}
	}
	return path
}
