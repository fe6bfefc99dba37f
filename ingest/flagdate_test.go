package ingest

import (
	"context"
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
					Warn: func(s string) { warns = append(warns, strings.ReplaceAll(s, dir+"/", "")) }}
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
