package ingest

// Tests that a page cut off mid-body is stored up to the cut, as dyad code
// codes it, with a warning, and that the whole page is stored after it.

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
)

// TestRunStoresCutPage: an HTML page cut off mid-body (it opens <body> and
// never closes it) whose paragraphs before the cut hold events is stored
// up to the cut, with a warning naming the page, its last line and the
// paragraphs read, not failed; it was refused ("not stored; ingest the
// whole page") while dyad code coded it. The page, declaring its URL, is
// stored under its text's id, so that the whole page ingested next is
// stored too, not found stored. A page cut before its first paragraph is
// still refused.
func TestRunStoresCutPage(t *testing.T) {
	dir := t.TempDir()
	page := "<!doctype html><html><head><title>Port talks</title>\n" +
		`<link rel="canonical" href="https://example.org/news/port-talks">` + "\n" +
		"</head><body><article><h1>Port talks</h1>\n" +
		"<p>Kenya and Chile opened port talks in Mombasa on Monday.</p>\n" +
		"<p>Japan hosted France for a second round.</p>\n</article></body></html>\n"
	cut := page[:strings.Index(page, "<p>Japan")+20]
	write(t, filepath.Join(dir, "cut.html"), cut)
	write(t, filepath.Join(dir, "whole.html"), page)
	write(t, filepath.Join(dir, "none.html"), page[:strings.Index(page, "<p>Kenya")])
	read := func(name string, data []byte, url string) ([]*dyad.Article, error) {
		return article.Read(name, data, article.Options{URL: url})
	}
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	var warns []string
	cfg := Config{DB: db, Coder: fakeCoder{}, Read: read, Workers: 1, Batch: 1, Warn: collect(&warns, "")}
	sum, err := Run(context.Background(), cfg, []string{filepath.Join(dir, "cut.html")})
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(dir, "cut.html")
	want := []string{name + ":5: HTML page cut off after 1 paragraph (it opens <html> or <body> and never closes it): stored up to the cut"}
	if sum.Added != 1 || sum.Events != 1 || len(sum.Failures) != 0 || !reflect.DeepEqual(warns, want) {
		t.Errorf("cut page: %d added, %d events, failures %v, warnings %q; want 1, 1, none, %q", sum.Added, sum.Events, sum.Failures, warns, want)
	}
	warns = nil
	sum, err = Run(context.Background(), cfg, []string{filepath.Join(dir, "whole.html")})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 1 || len(sum.Failures) != 0 || len(warns) != 0 {
		t.Errorf("whole page after it: %d added, failures %v, warnings %q; want 1 added", sum.Added, sum.Failures, warns)
	}
	sum, err = Run(context.Background(), cfg, []string{filepath.Join(dir, "none.html")})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 0 || len(sum.Failures) != 1 || !strings.Contains(sum.Failures[0].Err, "HTML page cut off after 0 paragraphs") ||
		!strings.HasSuffix(sum.Failures[0].Err, ": no story text before the cut, not stored; ingest the whole page") {
		t.Errorf("page cut before its text: %d added, failures %+v; want none, its cut said", sum.Added, sum.Failures)
	}
}
