package ingest

import (
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
)

// TestReingestWithAndWithoutDate: a text file ingested with --date and
// again without it (or with another date) is one article, stored once;
// a date not applied because the article is stored already is warned of,
// naming the stored article and its date. A store written when the
// user's date was part of the id still skips a re-run with that date.
func TestReingestWithAndWithoutDate(t *testing.T) {
	const text = "Japan and Australia signed a fisheries pact in Canberra on Tuesday.\n\n" +
		"The agreement covers shared stocks in the Southern Ocean.\n"
	bodyID := dyad.ArticleID("", "Japan and Australia signed a fisheries pact in Canberra on Tuesday.\n"+
		"The agreement covers shared stocks in the Southern Ocean.")
	reader := func(date string) ReadFunc {
		return func(name string, data []byte, url string) ([]*dyad.Article, error) {
			return article.Read(name, data, article.Options{Date: date, URL: url})
		}
	}
	type run struct {
		date           string
		added, skipped int
		warn           string
	}
	for _, tc := range []struct {
		name string
		runs []run
	}{
		{"dated, then undated", []run{
			{"2024-03-05", 1, 0, ""},
			{"", 0, 1, ""},
		}},
		{"dated, then another date", []run{
			{"2024-03-05", 1, 0, ""},
			{"2024-03-06", 0, 1, "a.txt: stored already as article " + bodyID + " dated 2024-03-05: --date 2024-03-06 is not applied to it (to date its events, ingest it into a new store with --date)"},
		}},
		{"undated, then dated", []run{
			{"", 1, 0, ""},
			{"2024-03-05", 0, 1, "a.txt: stored already as article " + bodyID + " with no publication date: --date 2024-03-05 is not applied to it (to date its events, ingest it into a new store with --date)"},
		}},
		{"dated twice", []run{
			{"2024-03-05", 1, 0, ""},
			{"2024-03-05", 0, 1, ""},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			in := filepath.Join(dir, "a.txt")
			write(t, in, text)
			db := openDB(t, filepath.Join(dir, "dyad.db"))
			for i, r := range tc.runs {
				var warns []string
				cfg := Config{DB: db, Coder: fakeCoder{}, Read: reader(r.date), Workers: 1,
					Warn: collect(&warns, dir+"/")}
				sum, err := Run(context.Background(), cfg, []string{in})
				if err != nil {
					t.Fatal(err)
				}
				if sum.Added != r.added || sum.Skipped != r.skipped || strings.Join(warns, "\n") != r.warn {
					t.Errorf("run %d (--date %q): %d added, %d skipped, warnings %q; want %d, %d, %q",
						i+1, r.date, sum.Added, sum.Skipped, warns, r.added, r.skipped, r.warn)
				}
			}
			c, err := db.Counts(context.Background())
			if err != nil || c.Articles != 1 || c.Events != 1 {
				t.Errorf("store counts %+v (%v), want one article and its one event", c, err)
			}
			sa, err := db.Article(context.Background(), bodyID)
			if err != nil || sa.Published != tc.runs[0].date {
				t.Errorf("stored article %s: %v; want it dated %q", bodyID, err, tc.runs[0].date)
			}
		})
	}

	// An older store holds the article under its text with the date.
	dir := t.TempDir()
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	a := &dyad.Article{Input: "a.txt", Published: "2024-03-05", Body: []string{
		"Japan and Australia signed a fisheries pact in Canberra on Tuesday.",
		"The agreement covers shared stocks in the Southern Ocean."}}
	a.ID = dyad.ArticleID("", article.NormalText(a)) // as before: the date in the id
	if _, err := db.SaveArticle(context.Background(), a, nil); err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "a.txt")
	write(t, in, text)
	sum, err := Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: reader("2024-03-05"), Workers: 1}, []string{in})
	if err != nil || sum.Added != 0 || sum.Skipped != 1 {
		t.Errorf("re-run with --date on an older store: %+v, %v; want it skipped as stored", sum, err)
	}
}

// TestReingestFeedAndRecordsWithDate: a feed's undated items and JSON
// Lines records (one with an id of its own) stored undated, ingested again
// with --date (Config.Date, the reader's date), are warned of as a text
// file is, once per input, the first named and the rest counted; they
// were skipped without a word. The first run with a date dates the
// feed's undated items, which it left undated.
func TestReingestFeedAndRecordsWithDate(t *testing.T) {
	dir := t.TempDir()
	feedPath, recs := filepath.Join(dir, "u.rss"), filepath.Join(dir, "u.jsonl")
	write(t, feedPath, `<?xml version="1.0"?>
<rss version="2.0"><channel><title>T</title>
<item><title>One</title><link>https://example.org/u1</link><description>Japan and Chile met.</description></item>
<item><title>Two</title><link>https://example.org/u2</link><description>Kenya and France met.</description></item>
</channel></rss>
`)
	write(t, recs, `{"id":"r1","text":"Japan and Kenya met."}`+"\n"+`{"id":"r2","text":"Chile and France met."}`+"\n")
	cfgFor := func(db DB, date string, warns *[]string) Config {
		return Config{DB: db, Coder: fakeCoder{}, Read: fakeRead, Workers: 1, Date: date,
			Stream: func(name string, r io.Reader, fn func(*dyad.Article) error, bad func(error)) error {
				return article.EachJSONL(name, r, article.Options{Date: date}, fn, bad)
			},
			Warn: collect(warns, dir+"/")}
	}
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	var warns []string
	if sum, err := Run(context.Background(), cfgFor(db, "", &warns), []string{feedPath, recs}); err != nil || sum.Added != 4 {
		t.Fatalf("first run: %+v, %v", sum, err)
	}
	warns = nil
	sum, err := Run(context.Background(), cfgFor(db, "2024-07-02", &warns), []string{feedPath, recs})
	if err != nil || sum.Skipped != 4 {
		t.Fatalf("second run: %+v, %v", sum, err)
	}
	want := []string{
		"u.rss: 2 articles stored already (the first u.rss item 1, article " + dyad.ArticleID("https://example.org/u1", "") + ") with no publication date: --date 2024-07-02 is not applied to them (to date their events, ingest them into a new store with --date)",
		"u.jsonl: 2 articles stored already (the first u.jsonl:1, article r1) with no publication date: --date 2024-07-02 is not applied to them (to date their events, ingest them into a new store with --date)",
	}
	if strings.Join(warns, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(warns, "\n"), strings.Join(want, "\n"))
	}
	// a first run with the date dates the feed's undated items
	db2 := openDB(t, filepath.Join(dir, "dyad2.db"))
	warns = nil
	if _, err := Run(context.Background(), cfgFor(db2, "2024-07-02", &warns), []string{feedPath}); err != nil {
		t.Fatal(err)
	}
	sa, err := db2.Article(context.Background(), dyad.ArticleID("https://example.org/u1", ""))
	if err != nil || sa.Published != "2024-07-02" {
		t.Errorf("feed item stored with --date: %+v, %v; want it dated 2024-07-02", sa, err)
	}
}
