package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestMigrate opens stores written with schema versions 1 (the full-text
// index holding the texts, articles.json the whole article) and 2 (the
// index contentless but for the article id) and checks that the current
// version finds their articles by full-text query, returns them whole,
// and stores new ones beside them.
func TestMigrate(t *testing.T) {
	for _, v := range []int{1, 2} {
		t.Run(fmt.Sprintf("v%d", v), func(t *testing.T) { testMigrate(t, v) })
	}
}

func testMigrate(t *testing.T, version int) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	old := newArticle("https://example.org/leaflets", "Example Wire", "2024-07-13", story)
	aj, _ := json.Marshal(old)
	text := strings.Join(story, "\n\n")
	for _, q := range append(migrations[:version:version], fmt.Sprintf("PRAGMA user_version = %d", version)) {
		if _, err := raw.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := raw.Exec(`INSERT INTO articles (id, url, source, outlet, title, published, simhash, dup_group, text, json, added)
		VALUES (?,?,?,?,?,?,?,?,?,?,?)`, old.ID, old.URL, old.Source, "example wire", old.Title, old.Published,
		int64(SimHash(text)), old.ID, text, string(aj), "2024-07-14T00:00:00Z"); err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec("INSERT INTO articles_fts (article_id, title, text) VALUES (?,?,?)", old.ID, old.Title, text); err != nil {
		t.Fatal(err)
	}
	// One whose text cannot give its body back (a paragraph holding a
	// blank line): its body stays in articles.json.
	odd := &dyad.Article{URL: "https://example.org/odd", Title: "Odd", Body: []string{"Holds a\n\nblank line.", "Next."}, Input: "test"}
	odd.ID = dyad.ArticleID(odd.URL, "")
	oj, _ := json.Marshal(odd)
	oddText := strings.Join(odd.Body, "\n\n")
	if _, err := raw.Exec(`INSERT INTO articles (id, url, outlet, title, simhash, dup_group, text, json, added)
		VALUES (?,?,?,?,?,?,?,?,?)`, odd.ID, odd.URL, "example.org", odd.Title, int64(SimHash(oddText)), odd.ID, oddText,
		string(oj), "2024-07-14T00:00:00Z"); err != nil {
		t.Fatal(err)
	}
	raw.Close()

	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if v, _ := db.Version(ctx); v != SchemaVersion {
		t.Fatalf("version %d after Open, want %d", v, SchemaVersion)
	}
	got, err := db.Article(ctx, old.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Article, *old) {
		t.Errorf("version %d article read back as %+v", version, got.Article)
	}
	if got, err := db.Article(ctx, odd.ID); err != nil || !reflect.DeepEqual(got.Article, *odd) {
		t.Errorf("version %d article read back as %+v, %v", version, got, err)
	}
	// Version 1 stored every body twice; the migration drops the copy in
	// articles.json that articles.text gives back (a version 2 store has
	// none: the test wrote one as version 1 did, and it stays).
	for id, want := range map[string]bool{old.ID: version == 1, odd.ID: false} {
		var js string
		db.db.QueryRowContext(ctx, "SELECT json FROM articles WHERE id = ?", id).Scan(&js)
		if got := strings.Contains(js, `"body":null`); got != want {
			t.Errorf("version %d article %s: body stripped from articles.json %v, want %v", version, id, got, want)
		}
	}
	fresh := newArticle("https://example.org/fresh", "Other Wire", "2024-07-15", []string{"Japan's prime minister called for calm over the balloons."})
	save(t, db, fresh)
	for q, want := range map[string]string{
		"balloons":                  fmt.Sprint([]string{old.ID, fresh.ID}),
		`"propaganda leaflets"`:     fmt.Sprint([]string{old.ID}),
		"calm NOT leaflets":         fmt.Sprint([]string{fresh.ID}),
		"title:nothing":             "[]",
		"NEAR(foreign ministry, 2)": fmt.Sprint([]string{old.ID}),
		"article_id:" + old.ID:      "[]",
	} {
		ids, err := db.TextArticles(ctx, q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		if fmt.Sprint(ids) != want {
			t.Errorf("text query %s: %v, want %s", q, ids, want)
		}
	}
	if s, err := db.IntegrityCheck(ctx); err != nil || s != "ok" {
		t.Errorf("integrity %q, %v", s, err)
	}
	var size int
	db.db.QueryRowContext(ctx, "PRAGMA page_size").Scan(&size)
	if size != 4096 {
		t.Errorf("page_size %d: an existing store must keep its page size (4096)", size)
	}
	var leftover int
	db.db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE name = 'articles_fts_content'").Scan(&leftover)
	if leftover != 0 {
		t.Errorf("version %d: articles_fts_content left after the migration", version)
	}
	// SQLite before 3.47 (Debian 12's shell, Python's sqlite3) reads the
	// index: no contentless_unindexed.
	var ddl string
	db.db.QueryRowContext(ctx, "SELECT sql FROM sqlite_schema WHERE name = 'articles_fts'").Scan(&ddl)
	if want := "CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text, content='')"; ddl != want {
		t.Errorf("full-text table %s, want %s", ddl, want)
	}
}

// TestArticleBody checks that every body, also those its text cannot give
// back, is read as it was saved.
func TestArticleBody(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	for i, body := range [][]string{
		{"One paragraph."},
		{"First.", "Second, with a\nline break."},
		{"Holds a\n\nblank line.", "Next."},
		{"Ends with a line break\n", "Next."},
		{"", "After an empty paragraph."},
		{"Ünïcode «quotes» — and\ttabs."},
	} {
		a := &dyad.Article{URL: fmt.Sprintf("https://example.org/body/%d", i), Title: "Body", Body: body, Input: "test"}
		a.ID = dyad.ArticleID(a.URL, "")
		if _, err := db.SaveArticle(ctx, a, nil); err != nil {
			t.Fatal(err)
		}
		got, err := db.Article(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Body, body) {
			t.Errorf("body %q read back as %q", body, got.Body)
		}
		var js string
		db.db.QueryRowContext(ctx, "SELECT json FROM articles WHERE id = ?", a.ID).Scan(&js)
		if kept := !strings.Contains(js, `"body":null`); kept != (i >= 2 && i <= 4) {
			t.Errorf("body %q: kept in articles.json %v", body, kept)
		}
	}
}
