package ingest

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
)

// TestReingestEditedPage: a page ingested again after an edit (a
// paragraph added) is skipped as stored, its URL's id, as README says,
// and now warned of, naming the file, the stored article and both
// lengths; the same page again, or with its white space changed, is
// skipped without a word. The run said "1 already stored" and nothing
// else.
func TestReingestEditedPage(t *testing.T) {
	page := func(paras ...string) string {
		return `<!doctype html><html><head><title>Kenya police arrest protest leaders</title>
<link rel="canonical" href="https://news.example.com/2024/05/02/kenya-arrests">
<meta property="article:published_time" content="2024-05-02T10:00:00Z"></head>
<body><article><h1>Kenya police arrest protest leaders</h1><p>` + strings.Join(paras, "</p>\n<p>") + `</p></article></body></html>`
	}
	const p1 = "Kenyan police arrested three opposition leaders in Nairobi on Tuesday, the interior ministry said."
	const p2 = "Opposition leader Raila Odinga condemned the arrests."
	id := dyad.ArticleID("https://news.example.com/2024/05/02/kenya-arrests", "")
	read := func(name string, data []byte, url string) ([]*dyad.Article, error) {
		return article.Read(name, data, article.Options{URL: url})
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "a.html")
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	for i, r := range []struct {
		page           string
		added, skipped int
		warn           string
	}{
		{page(p1), 1, 0, ""},
		{page(p1, p2), 0, 1, "a.html: stored already as article " + id + " with another text (an edit of it: 21 words, stored 14): the stored text and its events are kept, this text is not coded (to code it, ingest it into a new store)"},
		{page(p1), 0, 1, ""},
		{page(strings.ReplaceAll(p1, " on ", "  on\n")), 0, 1, ""},
	} {
		write(t, in, r.page)
		var warns []string
		cfg := Config{DB: db, Coder: fakeCoder{}, Read: read, Workers: 1,
			Warn: collect(&warns, dir+"/")}
		sum, err := Run(context.Background(), cfg, []string{in})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Added != r.added || sum.Skipped != r.skipped || strings.Join(warns, "\n") != r.warn {
			t.Errorf("run %d: %d added, %d skipped, warnings %q; want %d, %d, %q",
				i+1, sum.Added, sum.Skipped, warns, r.added, r.skipped, r.warn)
		}
	}
	if c, err := db.Counts(context.Background()); err != nil || c.Articles != 1 {
		t.Errorf("store counts %+v (%v), want one article", c, err)
	}
}
