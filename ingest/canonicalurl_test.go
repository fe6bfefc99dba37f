package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/internal/pgtest"
	"github.com/dyad-events/dyad/postgres"
)

// TestCanonicalURLOneArticle: one page reached under addresses that name
// it alike (a feed's tracking link, its own address, a link to its
// comments) is one article, stored once, so that its events count it once
// in NumArticles; and a store written when ids hashed the address as
// given, holding the article under its tracking link, still skips it.
func TestCanonicalURLOneArticle(t *testing.T) {
	read := func(name string, data []byte, url string) ([]*dyad.Article, error) {
		return article.Read(name, data, article.Options{URL: url})
	}
	const records = `{"url":"https://www.example.org/world/pact?utm_source=rss&utm_medium=feed","date":"2024-03-05","text":"Japan and Australia signed a fisheries pact in Canberra on Tuesday."}
{"url":"https://www.example.org/world/pact","date":"2024-03-05","text":"Japan and Australia signed a fisheries pact in Canberra on Tuesday."}
{"url":"https://WWW.EXAMPLE.ORG/world/pact#comments","date":"2024-03-05","text":"Japan and Australia signed a fisheries pact in Canberra on Tuesday."}
{"url":"https://www.example.org/world/pact-2","date":"2024-03-05","text":"Japan and Australia signed a fisheries pact in Canberra on Tuesday."}
`
	dir := t.TempDir()
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	in := filepath.Join(dir, "news.jsonl")
	write(t, in, records)
	sum, err := Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: read, Workers: 1}, []string{in})
	if err != nil || sum.Added != 2 || sum.Skipped != 2 {
		t.Errorf("one page under three addresses and another page: %d added, %d skipped (%v); want 2 added, 2 skipped", sum.Added, sum.Skipped, err)
	}
	if has, err := db.HasArticle(context.Background(), dyad.ArticleID("https://www.example.org/world/pact", "")); err != nil || !has {
		t.Errorf("article of https://www.example.org/world/pact not stored under its canonical id (%v)", err)
	}

	// An older store holds the article under the hash of its tracking link.
	dir = t.TempDir()
	db = openDB(t, filepath.Join(dir, "dyad.db"))
	link := "https://www.example.org/world/pact?utm_source=rss&utm_medium=feed"
	sum256 := sha256.Sum256([]byte(link))
	a := &dyad.Article{ID: hex.EncodeToString(sum256[:8]), URL: link, Published: "2024-03-05",
		Body: []string{"Japan and Australia signed a fisheries pact in Canberra on Tuesday."}}
	if _, err := db.SaveArticle(context.Background(), a, nil); err != nil {
		t.Fatal(err)
	}
	in = filepath.Join(dir, "news.jsonl")
	write(t, in, `{"url":"`+link+`","date":"2024-03-05","text":"Japan and Australia signed a fisheries pact in Canberra on Tuesday."}
`)
	sum, err = Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: read, Workers: 1}, []string{in})
	if err != nil || sum.Added != 0 || sum.Skipped != 1 {
		t.Errorf("re-run on an older store: %d added, %d skipped (%v); want it skipped as stored", sum.Added, sum.Skipped, err)
	}
}

// TestCanonicalURLOneArticlePostgres: a PostgreSQL store written when ids
// hashed the address as given, holding an article under its tracking
// link, skips it on a re-run as SQLite does: read from a JSON Lines file
// and, before fetching it, named by URL.
func TestCanonicalURLOneArticlePostgres(t *testing.T) {
	ctx := context.Background()
	db, err := postgres.Open(ctx, pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	read := func(name string, data []byte, url string) ([]*dyad.Article, error) {
		return article.Read(name, data, article.Options{URL: url})
	}
	link := "https://www.example.org/world/pact?utm_source=rss&utm_medium=feed"
	sum256 := sha256.Sum256([]byte(link))
	a := &dyad.Article{ID: hex.EncodeToString(sum256[:8]), URL: link, Published: "2024-03-05",
		Body: []string{"Japan and Australia signed a fisheries pact in Canberra on Tuesday."}}
	if _, err := db.SaveArticle(ctx, a, nil); err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(t.TempDir(), "news.jsonl")
	write(t, in, `{"url":"`+link+`","date":"2024-03-05","text":"Japan and Australia signed a fisheries pact in Canberra on Tuesday."}
`)
	sum, err := Run(ctx, Config{DB: db, Coder: fakeCoder{}, Read: read, Workers: 1}, []string{in})
	if err != nil || sum.Added != 0 || sum.Skipped != 1 {
		t.Errorf("re-run on an older store: %d added, %d skipped (%v); want it skipped as stored", sum.Added, sum.Skipped, err)
	}
	fetched := 0
	fetch := func(ctx context.Context, url string) ([]byte, string, error) {
		fetched++
		return nil, "", errors.New("not fetched")
	}
	sum, err = Run(ctx, Config{DB: db, Coder: fakeCoder{}, Read: read, Fetch: fetch, Workers: 1}, []string{link})
	if err != nil || fetched != 0 || sum.Added != 0 || sum.Skipped != 1 {
		t.Errorf("re-run by URL on an older store: %d fetched, %d added, %d skipped (%v); want it skipped unfetched", fetched, sum.Added, sum.Skipped, err)
	}
}
