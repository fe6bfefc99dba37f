package ingest

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/sqlite"
)

// TestSharedCanonicalOtherStories: saved pages of different stories whose
// canonical link names one section page ("https://example.com/news/world/",
// not a name the section words know) are two articles, the later stored
// by its text's id with one warning naming both files; the same text, or
// an edit of it, under that link stays one article, and a re-run adds
// nothing (the edit warned of). In one run (the writer finds the address stored) and in two
// (the worker does).
func TestSharedCanonicalOtherStories(t *testing.T) {
	read := func(name string, data []byte, url string) ([]*dyad.Article, error) {
		return article.Read(name, data, article.Options{URL: url})
	}
	page := func(title, body string) string {
		return `<html><head><title>` + title + `</title><link rel="canonical" href="https://example.com/news/world/"><meta property="article:published_time" content="2024-05-02T10:00:00Z"></head><body><article><h1>` + title + `</h1>` + body + `</article></body></html>`
	}
	dir := t.TempDir()
	a := filepath.Join(dir, "a.html")
	write(t, a, page("Japan criticises Australia", "<p>Japan criticised Australia over whaling in Tokyo on Tuesday, officials said.</p>"))
	b := filepath.Join(dir, "b.html")
	write(t, b, page("Kenya and Chile sign pact", "<p>Kenya and Chile signed a trade pact in Nairobi on Tuesday, the ministry said.</p>"))
	same := filepath.Join(dir, "same.html")
	write(t, same, page("Japan criticises Australia", "<p>Japan criticised Australia over whaling in Tokyo on Tuesday, officials said.</p>"))
	edit := filepath.Join(dir, "edit.html")
	write(t, edit, page("Japan rebukes Australia", "<p>Japan criticised Australia over whaling in Tokyo on Tuesday, officials said.</p><p>Canberra did not reply.</p>"))
	run := func(db DB, inputs ...string) (Summary, []string) {
		var warns []string
		sum, err := Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: read, Workers: 2,
			Warn: collect(&warns, dir+"/")}, inputs)
		if err != nil {
			t.Fatal(err)
		}
		return sum, warns
	}
	const bID = "173b58e72851e4a9" // the hash of b.html's text (dyad.ArticleID("", article.NormalText(a)))
	other := "b.html: its canonical link https://example.com/news/world/ was claimed by a.html too, which tells another story (they share neither their opening nor half their wording): stored as an article of its own, known by its text (id " + bID + "), not by that address"

	db := openDB(t, filepath.Join(dir, "one.db"))
	sum, warns := run(db, a, b, same, edit)
	want := []string{other,
		"same.html: https://example.com/news/world/ was stored from a.html earlier in this run; the first stored is kept, this one is not stored (one article an address)",
		"edit.html: https://example.com/news/world/ was stored from a.html earlier in this run; the first stored is kept, this one is not stored (one article an address)"}
	if sum.Added != 2 || sum.Skipped != 2 || sum.Events != 2 || strings.Join(warns, "\n") != strings.Join(want, "\n") {
		t.Errorf("one run: %d added, %d skipped, %d events, warnings:\n%s\nwant 2 added, 2 skipped, 2 events, warnings:\n%s", sum.Added, sum.Skipped, sum.Events, strings.Join(warns, "\n"), strings.Join(want, "\n"))
	}
	if has, err := db.HasArticle(context.Background(), bID); err != nil || !has {
		t.Errorf("b.html not stored under its text's id %s (%v)", bID, err)
	}
	evs, err := db.Events(context.Background(), sqlite.Filter{})
	var got []string
	for _, e := range evs {
		got = append(got, e.Source.Code+" "+e.Target.Code+" "+e.ArticleID)
	}
	if want := []string{"JPNGOV AUSGOV " + dyad.ArticleID("https://example.com/news/world/", ""), "KENGOV CHLGOV " + bID}; err != nil || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("events (%v):\n%s\nwant:\n%s", err, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	sum, warns = run(db, a, b, same, edit)
	// (the edit, skipped, is warned of: TestReingestEditedPage)
	editWarn := "edit.html: stored already as article " + dyad.ArticleID("https://example.com/news/world/", "") +
		" with another text (an edit of it: 15 words, stored 11): the stored text and its events are kept, this text is not coded (to code it, ingest it into a new store)"
	if sum.Added != 0 || sum.Skipped != 4 || strings.Join(warns, "\n") != editWarn {
		t.Errorf("re-run: %d added, %d skipped, warnings %q; want 0 added, 4 skipped, %q", sum.Added, sum.Skipped, warns, editWarn)
	}

	db = openDB(t, filepath.Join(dir, "two.db"))
	if sum, warns = run(db, a); sum.Added != 1 || len(warns) != 0 {
		t.Fatalf("a.html: %d added, warnings %q", sum.Added, warns)
	}
	sum, warns = run(db, b, same)
	if sum.Added != 1 || sum.Skipped != 1 || strings.Join(warns, "\n") != other {
		t.Errorf("second run: %d added, %d skipped, warnings:\n%s\nwant 1 added, 1 skipped, the warning:\n%s", sum.Added, sum.Skipped, strings.Join(warns, "\n"), other)
	}
}
