package ingest

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestFollowNonHTTPLinks: --follow keeps a feed item whose link is no
// http(s) URL (file://, ftp://) as it is, and now says so, once for the
// feed, naming the first such item; an item with no link is kept without
// a word. They were kept in silence.
func TestFollowNonHTTPLinks(t *testing.T) {
	dir := t.TempDir()
	feedPath := filepath.Join(dir, "feed.rss")
	write(t, feedPath, `<rss version="2.0"><channel><title>Wire</title>
<item><title>Drills</title><description>Japan and Australia held naval drills.</description></item>
<item><title>Deal</title><link>file:///news/a.html</link><description>France and Chile signed a deal.</description></item>
<item><title>Talks</title><link>ftp://example.com/b.html</link><description>Kenya and Uganda held talks.</description></item>
</channel></rss>`)
	fetch := func(ctx context.Context, url string) ([]byte, string, error) {
		return nil, "", errors.New("fetched " + url)
	}
	var warns []string
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	sum, err := Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: fakeRead, Fetch: fetch, FollowLinks: true,
		Warn: collect(&warns, "")}, []string{feedPath})
	if err != nil || sum.Read != 3 || sum.Added != 3 || len(sum.Failures) != 0 {
		t.Fatalf("summary %+v, err %v", sum, err)
	}
	want := feedPath + ": --follow fetches http(s) links only: 2 items link elsewhere (the first, item 2, to file:///news/a.html): their own text is read instead"
	if len(warns) != 1 || warns[0] != want {
		t.Errorf("warnings %q, want [%q]", warns, want)
	}
	if got := followSkipWarning("feed.rss", []*dyad.Article{{Item: 2, URL: "file:///news/a.html"}}); got != "feed.rss: --follow fetches http(s) links only: item 2 links to file:///news/a.html: its own text is read instead" {
		t.Errorf("one item: %q", got)
	}
}
