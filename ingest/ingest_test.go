package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sqlite"
)

// fakeCoder emits one event per body paragraph that names two of the
// countries it knows, in the order named, with CAMEO 040 (consult).
type fakeCoder struct{ delay time.Duration }

var fakeCountries = []struct{ name, code string }{
	{"Japan", "JPN"}, {"Australia", "AUS"}, {"France", "FRA"}, {"Kenya", "KEN"}, {"Chile", "CHL"},
}

func (c fakeCoder) Code(a *dyad.Article) []dyad.Event {
	if c.delay > 0 {
		time.Sleep(c.delay)
	}
	var evs []dyad.Event
	for i, p := range a.Body {
		type hit struct {
			at   int
			code string
		}
		var hits []hit
		for _, c := range fakeCountries {
			if j := strings.Index(p, c.name); j >= 0 {
				hits = append(hits, hit{j, c.code})
			}
		}
		if len(hits) < 2 {
			continue
		}
		if hits[1].at < hits[0].at {
			hits[0], hits[1] = hits[1], hits[0]
		}
		evs = append(evs, dyad.Event{
			ID: fmt.Sprintf("%s-%d", a.ID, i), ArticleID: a.ID, Sentence: i, Date: a.Published, DatePrecision: dyad.Day,
			Source: &dyad.Actor{Code: hits[0].code + "GOV", Country: hits[0].code, Name: hits[0].code},
			Target: &dyad.Actor{Code: hits[1].code + "GOV", Country: hits[1].code, Name: hits[1].code},
			CAMEO:  "040", CAMEORoot: "04", QuadClass: 1, Goldstein: 1, Status: dyad.Asserted,
			Evidence: dyad.Evidence{Text: p}, Confidence: 0.9,
		})
	}
	return evs
}

// fakeRead reads "DATE: YYYY-MM-DD" then blank-line paragraphs; a text
// containing BROKEN is an error; HTML is stripped of its tags.
func fakeRead(name string, data []byte, url string) ([]*dyad.Article, error) {
	s := string(data)
	if strings.Contains(s, "BROKEN") {
		return nil, fmt.Errorf("%s: unreadable", name)
	}
	if strings.HasPrefix(s, "<html>") {
		s = strings.NewReplacer("<html>", "", "</html>", "", "<p>", "", "</p>", "\n\n").Replace(s)
	}
	a := &dyad.Article{URL: url, Input: name, Body: []string{}}
	for _, p := range strings.Split(s, "\n\n") {
		p = strings.TrimSpace(p)
		if d, ok := strings.CutPrefix(p, "DATE: "); ok {
			a.Published = d
			continue
		}
		if p != "" {
			a.Body = append(a.Body, p)
		}
	}
	a.ID = dyad.ArticleID(url, strings.Join(a.Body, "\n"))
	return []*dyad.Article{a}, nil
}

// story returns a distinct three-paragraph story; n picks the countries
// and words, so different n give different texts.
func story(n int) string {
	a, b := fakeCountries[n%5], fakeCountries[(n+1+n/5)%5]
	return fmt.Sprintf("DATE: 2024-03-%02d\n\n"+
		"Envoys from %s met officials from %s in meeting number %d of the joint commission on %s trade.\n\n"+
		"The talks covered fisheries, shipping lanes and a customs agreement due for review in year %d.\n\n"+
		"A spokesman said delegation %d would report to parliament, and %s would host the next round.\n",
		1+n%28, a.name, b.name, n, b.name, 2000+n, n*7, b.name)
}

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title>
<item><title>Chile and Kenya talk</title><link>https://example.org/feed/1</link>
<pubDate>Tue, 05 Mar 2024 08:00:00 +0000</pubDate>
<description>&lt;p&gt;Chile hosted Kenya for talks on copper and tea exports on Tuesday.&lt;/p&gt;</description></item>
<item><title>Quiet day</title><link>https://example.org/feed/2</link>
<description>Nothing of note happened in the capital.</description></item>
</channel></rss>`

func warcRecord(uri, html string) []byte {
	resp := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(html), html)
	rec := fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-03-06T00:00:00Z\r\n"+
		"Content-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", uri, len(resp), resp)
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(rec))
	w.Close()
	return b.Bytes()
}

func write(t *testing.T, path, data string) {
	t.Helper()
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func openDB(t *testing.T, path string) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "news", "a.txt"), story(0))
	write(t, filepath.Join(dir, "news", "deep", "b.txt"), story(1))
	write(t, filepath.Join(dir, "news", ".hidden.txt"), story(2))
	write(t, filepath.Join(dir, "news", "broken.txt"), "BROKEN")
	write(t, filepath.Join(dir, "more", "c.txt"), story(3))
	write(t, filepath.Join(dir, "more", "d.txt"), story(4))
	write(t, filepath.Join(dir, "wire.rss"), rss)
	var wbuf bytes.Buffer
	wbuf.Write(warcRecord("https://example.org/w/1", "<html><p>DATE: 2024-03-06</p><p>France and Japan signed a space agreement in Paris.</p></html>"))
	wbuf.Write([]byte("\x1f\x8b\x08 this member is garbage"))
	wbuf.Write(warcRecord("https://example.org/w/2", "<html><p>Australia welcomed France to a naval exercise.</p></html>"))
	write(t, filepath.Join(dir, "crawl.warc.gz"), wbuf.String())

	var storyHits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/story":
			storyHits.Add(1)
			fmt.Fprint(w, story(5))
		case "/feed":
			fmt.Fprint(w, strings.ReplaceAll(rss, "example.org/feed/", "example.org/served/"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	fetch := func(ctx context.Context, url string) ([]byte, string, error) {
		resp, err := http.Get(url)
		if err != nil {
			return nil, "", err
		}
		defer resp.Body.Close()
		if resp.StatusCode != 200 {
			return nil, "", fmt.Errorf("%s: %s", url, resp.Status)
		}
		var b bytes.Buffer
		b.ReadFrom(resp.Body)
		return b.Bytes(), url, nil
	}

	db := openDB(t, filepath.Join(dir, "dyad.db"))
	cfg := Config{DB: db, Coder: fakeCoder{}, Read: fakeRead, Fetch: fetch, Workers: 2, Batch: 3}
	srcs := []string{filepath.Join(dir, "news"), filepath.Join(dir, "more", "*.txt"), filepath.Join(dir, "wire.rss"),
		filepath.Join(dir, "crawl.warc.gz"), filepath.Join(dir, "missing.txt"), filepath.Join(dir, "none-*.txt"),
		srv.URL + "/story", srv.URL + "/feed", srv.URL + "/gone"}
	sum, err := Run(context.Background(), cfg, srcs)
	if err != nil {
		t.Fatal(err)
	}
	// Inputs: 3 in news/ (the hidden file skipped; broken.txt read, then
	// failed), 2 by glob, the feed, the WARC, 2 URLs.
	// Articles: a, b, c, d, story 5, 2+2 feed items, 2 WARC pages = 11; the
	// served feed is a copy of wire.rss under other URLs: 2 near-duplicates.
	// Events: one per story (5), "Chile hosted Kenya" once per feed copy
	// (same identity: 1 event, 2 mentions), 2 in the WARC = 8 events, 9 mentions.
	// Refused: missing.txt, none-*.txt, /gone (404).
	want := Summary{Inputs: 9, Refused: 3, Read: 11, Added: 11, Hidden: 1, NearDuplicates: 2, Events: 8, Mentions: 9}
	got := sum
	got.Failures, got.Elapsed = nil, 0
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("summary %+v\nwant    %+v", got, want)
	}
	var fails []string
	for _, f := range sum.Failures {
		fails = append(fails, strings.ReplaceAll(strings.ReplaceAll(f.Input, dir, "DIR"), srv.URL, "SRV"))
	}
	wantFails := "DIR/crawl.warc.gz:record 2|DIR/missing.txt|DIR/news/broken.txt|DIR/none-*.txt|SRV/gone"
	if s := strings.Join(sortStrings(fails), "|"); s != wantFails {
		t.Errorf("failures %s\nwant     %s\n%+v", s, wantFails, sum.Failures)
	}
	c, _ := db.Counts(context.Background())
	wantCounts := sqlite.Counts{Articles: 11, DupGroups: 9, Sentences: 9, Events: 8, Mentions: 9, Actors: 5}
	if c != wantCounts {
		t.Errorf("counts %+v, want %+v", c, wantCounts)
	}

	// Re-ingesting adds nothing.
	sum2, err := Run(context.Background(), cfg, srcs)
	if err != nil {
		t.Fatal(err)
	}
	if sum2.Read != 11 || sum2.Skipped != 11 || sum2.Added != 0 || sum2.Events != 0 || sum2.Mentions != 0 {
		t.Errorf("re-run summary %+v", sum2)
	}
	if n := storyHits.Load(); n != 1 {
		t.Errorf("/story fetched %d times; the re-run must skip a stored URL", n)
	}
	if c2, _ := db.Counts(context.Background()); c2 != wantCounts {
		t.Errorf("re-run counts %+v, want %+v", c2, wantCounts)
	}
}

// nanCoder codes an event whose confidence JSON cannot encode for
// articles mentioning Chile, to make their save fail.
type nanCoder struct{ fakeCoder }

func (c nanCoder) Code(a *dyad.Article) []dyad.Event {
	evs := c.fakeCoder.Code(a)
	for i := range evs {
		if evs[i].Source.Code == "CHLGOV" || evs[i].Target.Code == "CHLGOV" {
			evs[i].Confidence = math.NaN()
		}
	}
	return evs
}

func TestRunBadArticleAndProgress(t *testing.T) {
	dir := t.TempDir()
	for i := range 5 {
		write(t, filepath.Join(dir, fmt.Sprintf("%d.txt", i)), story(i))
	}
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	var progress bytes.Buffer
	sum, err := Run(context.Background(), Config{DB: db, Coder: nanCoder{}, Read: fakeRead, Batch: 10, Progress: &progress}, []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	// Stories 3 (Kenya–Chile) and 4 (Chile–Japan) fail alone.
	sort.Slice(sum.Failures, func(i, j int) bool { return sum.Failures[i].Input < sum.Failures[j].Input })
	if sum.Read != 5 || sum.Added != 3 || len(sum.Failures) != 2 || !strings.HasSuffix(sum.Failures[0].Input, "3.txt") ||
		!strings.Contains(sum.Failures[0].Err, "unsupported value: NaN") {
		t.Errorf("summary %+v", sum)
	}
	last := progress.String()
	last = last[strings.LastIndex(last, "\r")+1:]
	if !regexp.MustCompile(`^\x1b\[K5/5 inputs  5 articles \(3 new\)  3 events  3 mentions  [0-9.]+ articles/s  ETA 0s\n$`).MatchString(last) {
		t.Errorf("progress line %q", last)
	}
}

func TestRunFollowLinks(t *testing.T) {
	pages := map[string]string{
		"/a": "<html><p>Japan and Australia held naval drills off Darwin on Tuesday.</p><p>DATE: 2024-03-05</p></html>",
		"/b": "BROKEN",
	}
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed" {
			fmt.Fprintf(w, `<rss version="2.0"><channel><title>Wire</title>
<item><title>Drills</title><link>%[1]s/a</link><description>Summary only.</description></item>
<item><title>Broken page</title><link>%[1]s/b</link><description>France and Chile signed a deal.</description></item>
</channel></rss>`, srv.URL)
			return
		}
		fmt.Fprint(w, pages[r.URL.Path])
	}))
	defer srv.Close()
	fetch := func(ctx context.Context, url string) ([]byte, string, error) {
		resp, err := http.Get(url)
		if err != nil {
			return nil, "", err
		}
		defer resp.Body.Close()
		var b bytes.Buffer
		b.ReadFrom(resp.Body)
		return b.Bytes(), url, nil
	}
	db := openDB(t, filepath.Join(t.TempDir(), "dyad.db"))
	var warns []string
	sum, err := Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: fakeRead, Fetch: fetch, FollowLinks: true,
		Warn: collect(&warns, "")}, []string{srv.URL + "/feed"})
	if err != nil {
		t.Fatal(err)
	}
	// Page a is read in place of its item; page b fails and its item's
	// summary is stored instead: a warning, not a failure (it was one, and
	// the run exited 1 with every item stored).
	if sum.Read != 2 || sum.Added != 2 || sum.Events != 2 || len(sum.Failures) != 0 {
		t.Fatalf("summary %+v", sum)
	}
	// the warning names the item and says its own text was stored
	if want := srv.URL + "/feed item 2: " + srv.URL + "/b: unreadable: the feed item's own text is read instead"; strings.Join(warns, "\n") != want {
		t.Errorf("warnings %q, want %q", warns, want)
	}
	evs, _ := db.Events(context.Background(), sqlite.Filter{})
	if len(evs) != 2 || evs[0].Date != "2024-03-05" || evs[0].SourceURL != srv.URL+"/a" || evs[1].Source.Code != "FRAGOV" {
		t.Fatalf("events %+v", evs)
	}
	a, _ := db.Article(context.Background(), evs[0].ArticleID)
	if a.Title != "Drills" || a.Source != "Wire" || a.Body[0] != "Japan and Australia held naval drills off Darwin on Tuesday." {
		t.Errorf("followed article %+v", a)
	}
}

func TestRunSniffedWARC(t *testing.T) {
	dir := t.TempDir()
	html := "<html><p>DATE: 2024-03-07</p><p>Kenya thanked Japan for flood relief.</p></html>"
	resp := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(html), html)
	rec := fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/k\r\n"+
		"Content-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(resp), resp)
	write(t, filepath.Join(dir, "in", "capture.bin"), rec)
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	sum, err := Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: fakeRead}, []string{filepath.Join(dir, "in")})
	if err != nil || sum.Inputs != 1 || sum.Read != 1 || sum.Added != 1 || sum.Events != 1 || len(sum.Failures) != 0 {
		t.Fatalf("summary %+v, err %v", sum, err)
	}
}

func sortStrings(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func TestRunConfig(t *testing.T) {
	if _, err := Run(context.Background(), Config{}, nil); err == nil {
		t.Error("empty config: no error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), story(0))
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	_, err := Run(ctx, Config{DB: db, Coder: fakeCoder{}, Read: fakeRead}, []string{dir})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled run: %v", err)
	}
}

// TestRunFolderNewsOnly: a folder's images, data files and test fixtures
// are ignored (counted; JSON Lines of coded events apart too), a JSON Feed
// is read, and a page with no story text
// is a failure, not an article that would keep the full page at its URL out.
func TestRunFolderNewsOnly(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	write(t, filepath.Join(in, "a.txt"), "DATE: 2024-03-04\n\nJapan and Australia signed a pact.")
	write(t, filepath.Join(in, "a.expected.json"), `{"title": "Japan and Australia sign a pact", "body": ["Japan and Chile met."]}`)
	write(t, filepath.Join(in, "MANIFEST.tsv"), "a.txt\thttps://example.org/a\n")
	write(t, filepath.Join(in, "logo.png"), "\x89PNG\r\n")
	write(t, filepath.Join(in, "feed.json"), `{"version": "https://jsonfeed.org/version/1.1", "title": "Wire",
		"items": [{"id": "1", "url": "https://example.org/f1", "date_published": "2024-03-05T10:00:00Z",
		"content_text": "France and Kenya agreed on debt relief."}]}`)
	write(t, filepath.Join(in, "empty.html"), "<html><p>DATE: 2024-03-06</p></html>")
	// dyad's own output beside the articles (examples/*.expected.jsonl)
	write(t, filepath.Join(in, "a.expected.jsonl"), `{"id":"e1","source":{"code":"JPN"},"cameo":"057","evidence":{"text":"Japan and Australia signed a pact."}}`+"\n")
	// and an empty one (a story with no event: examples/11_football_no_event)
	write(t, filepath.Join(in, "b.expected.jsonl"), "")
	write(t, filepath.Join(in, "c.jsonl"), "\n \n")
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	sum, err := Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: fakeRead}, []string{in})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Inputs != 3 || sum.Read != 2 || sum.Added != 2 || sum.Ignored != 6 || sum.IgnoredEvents != 3 || len(sum.Failures) != 1 ||
		!strings.HasSuffix(sum.Failures[0].Input, "empty.html") || !strings.Contains(sum.Failures[0].Err, "no text found (no title, no story): not stored") {
		t.Fatalf("summary %+v", sum)
	}
}

// TestRunFolderSiteFiles: a wget crawl's folder holds the site's
// robots.txt, ads.txt, security.txt and humans.txt beside its pages: they
// are no page and count as ignored, not as articles.
func TestRunFolderSiteFiles(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "example.org")
	write(t, filepath.Join(in, "news", "story.txt"), "DATE: 2024-03-04\n\nJapan and Australia signed a pact.")
	write(t, filepath.Join(in, "robots.txt"), "User-agent: *\nDisallow: /private/\n")
	write(t, filepath.Join(in, "ads.txt"), "google.com, pub-0000000000000000, DIRECT, f08c47fec0942fa0\n")
	write(t, filepath.Join(in, "Security.txt"), "Contact: mailto:security@example.org\n")
	write(t, filepath.Join(in, "humans.txt"), "/* TEAM */\nEditor: Ann Smith\n")
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	sum, err := Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: fakeRead}, []string{in})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Inputs != 1 || sum.Read != 1 || sum.Ignored != 4 || len(sum.Failures) != 0 {
		t.Fatalf("summary %+v; want the story read and the four site files ignored", sum)
	}
}

// TestRunPatternSiteFiles: a quoted pattern ('crawl/*.txt', expanded by
// dyad) that matches a site's robots.txt or dyad's own event records
// ignores them as a folder walk does (robots.txt was stored as an article);
// a site file named on its own is read.
func TestRunPatternSiteFiles(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "story.txt"), "DATE: 2024-03-04\n\nJapan and Australia signed a pact.")
	write(t, filepath.Join(dir, "robots.txt"), "User-agent: *\nDisallow: /\n")
	write(t, filepath.Join(dir, "story.expected.jsonl"), `{"source":"JPN","target":"AUS","cameo":"057","evidence":{"text":"Japan and Australia signed a pact."}}`+"\n")
	for _, c := range []struct {
		src                   string
		read, ignored, events int
	}{
		{filepath.Join(dir, "*.txt"), 1, 1, 0},
		{filepath.Join(dir, "*"), 1, 2, 1},
		{filepath.Join(dir, "robots.txt"), 1, 0, 0},
	} {
		db := openDB(t, filepath.Join(t.TempDir(), "dyad.db"))
		sum, err := Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: fakeRead}, []string{c.src})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Read != c.read || sum.Ignored != c.ignored || sum.IgnoredEvents != c.events || len(sum.Failures) != 0 {
			t.Errorf("%s: summary %+v; want %d read, %d ignored (%d event files)", c.src, sum, c.read, c.ignored, c.events)
		}
	}
}

// TestRunFolderXMLData: in a folder, an .xml file that is XML data — a
// crawl's sitemap.xml, an SVG image, any document whose root is neither a
// feed nor <html> — is no news and counts as ignored (a sitemap failed the
// run, "no story text on the page", and an SVG's text was stored as an
// article); an .xml feed and an XHTML page are read.
func TestRunFolderXMLData(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "example.org")
	write(t, filepath.Join(in, "sitemap.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://example.org/news/pact</loc></url></urlset>\n")
	write(t, filepath.Join(in, "sitemap_index.xml"), "<?xml version=\"1.0\"?><!-- generator --><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>https://example.org/sitemap.xml</loc></sitemap></sitemapindex>")
	write(t, filepath.Join(in, "logo.xml"), `<svg xmlns="http://www.w3.org/2000/svg"><text>Japan and Australia signed a pact.</text></svg>`)
	write(t, filepath.Join(in, "news.xml"), `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Pact</title><link>https://example.org/news/pact</link><description>Japan and Australia signed a pact on Monday.</description></item></channel></rss>`)
	write(t, filepath.Join(in, "page.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Talks</title></head><body><p>Chile and Kenya signed a pact on Tuesday.</p></body></html>")
	write(t, filepath.Join(in, "bare.xml"), "Chile and Peru signed a pact on Tuesday.\n") // no markup at all: read
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	sum, err := Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: fakeRead}, []string{in})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Inputs != 3 || sum.Ignored != 3 || len(sum.Failures) != 0 {
		t.Fatalf("summary %+v; want the feed, the page and the bare text read, the sitemaps and the SVG ignored", sum)
	}
}

// TestRunSymlinks: a folder given as a symbolic link is walked; inside a
// walk, links to files are read and links to folders walked; a link back
// to a folder already walked counts as ignored, and so does a broken link
// (to nothing, or a loop of links), skipped with a warning naming it and
// where it points: it was a failure, exit 1, for a link that holds no
// file to read. A broken link matched by a quoted pattern is skipped so
// too; one named on the command line is still a failure, as a missing
// file is.
func TestRunSymlinks(t *testing.T) {
	dir := t.TempDir()
	data, other := filepath.Join(dir, "data"), filepath.Join(dir, "other")
	write(t, filepath.Join(data, "a.txt"), "DATE: 2024-03-04\n\nJapan and Australia signed a pact.")
	write(t, filepath.Join(other, "b.txt"), "DATE: 2024-03-05\n\nChile and Kenya signed a pact.")
	write(t, filepath.Join(other, "sub", "c.txt"), "DATE: 2024-03-06\n\nFrance and Peru signed a pact.")
	for _, l := range [][2]string{{filepath.Join(other, "b.txt"), filepath.Join(data, "b.txt")},
		{filepath.Join(other, "sub"), filepath.Join(data, "sub")}, {data, filepath.Join(data, "loop")},
		{filepath.Join(dir, "nowhere"), filepath.Join(data, "gone")}, {data, filepath.Join(dir, "link")},
		{"round.txt", filepath.Join(data, "round.txt")}} {
		if err := os.Symlink(l[0], l[1]); err != nil {
			t.Skip("no symbolic links here:", err)
		}
	}
	var warns []string
	cfg := Config{DB: openDB(t, filepath.Join(dir, "dyad.db")), Coder: fakeCoder{}, Read: fakeRead, Warn: collect(&warns, "")}
	sum, err := Run(context.Background(), cfg, []string{filepath.Join(dir, "link")})
	if err != nil {
		t.Fatal(err)
	}
	gone, round := filepath.Join(dir, "link", "gone"), filepath.Join(dir, "link", "round.txt")
	want := []string{
		gone + " is a broken symbolic link, skipped (it points to " + filepath.Join(dir, "nowhere") + ", which does not exist)",
		round + " is a broken symbolic link, skipped (it points to round.txt, a loop of links)",
	}
	if sum.Inputs != 3 || sum.Read != 3 || sum.Added != 3 || sum.Ignored != 3 || len(sum.Failures) != 0 || !slices.Equal(warns, want) {
		t.Fatalf("summary %+v, warnings %q\nwant 3 read, 3 ignored, no failure, the warnings %q", sum, warns, want)
	}
	warns = nil
	sum, err = Run(context.Background(), cfg, []string{filepath.Join(data, "*n*"), filepath.Join(data, "gone")})
	named := filepath.Join(data, "gone")
	if err != nil || sum.Ignored != 2 || len(sum.Failures) != 1 || sum.Failures[0] != (Failure{named, "no such file or directory"}) ||
		!slices.Equal(warns, []string{named + " is a broken symbolic link, skipped (it points to " + filepath.Join(dir, "nowhere") + ", which does not exist)",
			filepath.Join(data, "round.txt") + " is a broken symbolic link, skipped (it points to round.txt, a loop of links)"}) {
		t.Errorf("a pattern, then the link named: err %v, summary %+v, warnings %q", err, sum, warns)
	}
}

// TestRunRelativeFolderLinkedBack: a folder given by a relative path
// (".") that holds a link back to itself by its absolute path is walked
// once: its real path is absolute, so the link is a folder already walked
// (it was walked twice, every file and failure doubled). Names starting
// with "." are not read, counted as hidden, and named in the error of a
// folder that holds nothing else.
func TestRunRelativeFolderLinkedBack(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	write(t, filepath.Join(data, "a.txt"), "DATE: 2024-03-04\n\nJapan and Australia signed a pact.")
	write(t, filepath.Join(data, ".hidden.txt"), "DATE: 2024-03-05\n\nChile and Kenya signed a pact.")
	write(t, filepath.Join(dir, "only", ".story.txt"), "DATE: 2024-03-06\n\nFrance and Peru signed a pact.")
	if err := os.MkdirAll(filepath.Join(data, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(data, filepath.Join(data, "sub", "back")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	t.Chdir(data)
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	sum, err := Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: fakeRead}, []string{"."})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Inputs != 1 || sum.Added != 1 || sum.Ignored != 1 || sum.Hidden != 1 || len(sum.Failures) != 0 {
		t.Errorf("summary %+v; want a.txt read once, the link back ignored, .hidden.txt hidden", sum)
	}
	only := filepath.Join(dir, "only")
	sum, err = Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: fakeRead}, []string{only})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Hidden != 1 || len(sum.Failures) != 1 || sum.Failures[0].Err != `no files in directory (1 entry whose name starts with ".", hidden, not read)` {
		t.Errorf("summary %+v", sum)
	}
}

// TestRunRefusedAndNoFailures: a source that cannot be read counts as
// refused (not as an input read); a run without failures has an empty,
// non-nil Failures list ("failures": [] in JSON).
func TestRunRefusedAndNoFailures(t *testing.T) {
	dir := t.TempDir()
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	missing := filepath.Join(dir, "missing.txt")
	sum, err := Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: fakeRead}, []string{missing})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Inputs != 0 || sum.Refused != 1 || len(sum.Failures) != 1 || sum.Failures[0].Input != missing ||
		sum.Failures[0].Err != "no such file or directory" {
		t.Errorf("summary %+v", sum)
	}
	write(t, filepath.Join(dir, "a.txt"), "DATE: 2024-03-04\n\nJapan and Australia signed a pact.")
	sum, err = Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: fakeRead}, []string{filepath.Join(dir, "a.txt")})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(sum.Failures)
	if sum.Inputs != 1 || sum.Refused != 0 || sum.Added != 1 || string(b) != "[]" {
		t.Errorf("summary %+v, failures %s", sum, b)
	}
}

// faultErr is a driver error with SQLite's result code, as modernc's.
type faultErr int

func (e faultErr) Error() string { return fmt.Sprintf("database or disk is full (%d)", int(e)) }
func (e faultErr) Code() int     { return int(e) }

// fullDB fails every save as a full disk does.
type fullDB struct {
	*sqlite.DB
	saves int
}

func (d *fullDB) SaveBatch(context.Context, []sqlite.Item) ([]sqlite.Result, error) {
	d.saves++
	return nil, fmt.Errorf("save article x: %w", faultErr(13))
}

// TestRunStopsOnStoreFault: a full disk stops the run at the first failed
// write with that error, instead of one failure per article.
func TestRunStopsOnStoreFault(t *testing.T) {
	dir := t.TempDir()
	var srcs []string
	for i := range 20 {
		p := filepath.Join(dir, "in", fmt.Sprintf("s%02d.txt", i))
		write(t, p, story(i))
		srcs = append(srcs, p)
	}
	db := &fullDB{DB: openDB(t, filepath.Join(dir, "dyad.db"))}
	sum, err := Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: fakeRead, Workers: 2, Batch: 4}, srcs)
	if err == nil || err.Error() != "save article x: database or disk is full (13)" {
		t.Fatalf("error %v", err)
	}
	if db.saves != 1 || len(sum.Failures) != 0 || sum.Added != 0 {
		t.Errorf("%d saves, summary %+v; want one save, no per-article failures", db.saves, sum)
	}
	// The summary says the run stopped and what it did not store: every
	// article read, and the inputs never read.
	if sum.Stopped != "save article x: database or disk is full (13)" || sum.NotStored != sum.Read || sum.Read == 0 ||
		sum.Unread != 20-sum.Inputs || sum.Unread == 0 {
		t.Errorf("stopped %q, %d read, %d not stored, %d inputs read, %d unread; want all read not stored, the other inputs unread",
			sum.Stopped, sum.Read, sum.NotStored, sum.Inputs, sum.Unread)
	}
	// A per-article error (no result code) still fails that article alone.
	if storeFault(errors.New("save article y: event 3: bad span")) || !storeFault(fmt.Errorf("x: %w", faultErr(778))) {
		t.Error("storeFault misclassifies")
	}
}

// TestRunFileURLs: a file named by its path and by a file URL is read
// once; a folder given as a file URL names its files as file URLs.
func TestRunFileURLs(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	a := filepath.Join(in, "a.txt")
	write(t, a, "DATE: 2024-03-04\n\nJapan and Australia signed a pact.")
	write(t, filepath.Join(in, "empty.html"), "<html><p>DATE: 2024-03-06</p></html>")
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	sum, err := Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: fakeRead},
		[]string{a, "file://" + a, "file://" + in})
	if err != nil {
		t.Fatal(err)
	}
	empty := "file://" + filepath.Join(in, "empty.html")
	if sum.Inputs != 2 || sum.Read != 1 || sum.Added != 1 || len(sum.Failures) != 1 ||
		sum.Failures[0].Input != empty || !strings.Contains(sum.Failures[0].Err, "no text found (no title, no story): not stored") {
		t.Fatalf("summary %+v; want a.txt read once and the failure named %s", sum, empty)
	}
}

// TestRunStoreNamed: the store's own file, or a --dict dictionary file,
// named as a source is not read, and a warning says so (it was left out
// without a word: "ingested 0 inputs", exit 0); found in a folder, it is
// left out quietly, as before.
func TestRunStoreNamed(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "news", "a.txt"), story(0))
	write(t, filepath.Join(dir, "dict", "mine.txt"), "Mira Kalden | NORGOV | person\n")
	dbPath := filepath.Join(dir, "news", "news.db")
	db := openDB(t, dbPath)
	var warnings []string
	cfg := Config{DB: db, Coder: fakeCoder{}, Read: fakeRead, Workers: 1, Batch: 3, DictDir: filepath.Join(dir, "dict"),
		Warn: collect(&warnings, "")}
	sum, err := Run(context.Background(), cfg, []string{dbPath, filepath.Join(dir, "dict", "mine.txt"), filepath.Join(dir, "news"), filepath.Join(dir, "dict")})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		dbPath + ": the store of --db, not news: not read",
		filepath.Join(dir, "dict", "mine.txt") + ": a dictionary file of --dict, not news: not read",
	}
	if sum.Inputs != 1 || sum.Read != 1 || !reflect.DeepEqual(warnings, want) {
		t.Errorf("%d inputs, %d read, warnings %q; want 1, 1 (news/a.txt), %q", sum.Inputs, sum.Read, warnings, want)
	}
}

// TestRunFolderNullFeedItem: a JSON Feed holding a null item (on which
// gofeed crashed the whole run, storing nothing) fails alone, named with
// its line and item; the folder's other inputs are stored.
func TestRunFolderNullFeedItem(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	write(t, filepath.Join(in, "a.txt"), "DATE: 2024-03-04\n\nJapan and Australia signed a pact.")
	bad := filepath.Join(in, "b.json")
	write(t, bad, `{"version":"https://jsonfeed.org/version/1","items":[null]}`)
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	sum, err := Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: fakeRead}, []string{in})
	if err != nil {
		t.Fatal(err)
	}
	want := bad + ":1: item 1: item is null, want an object (the item is left out, the others are read)"
	if sum.Inputs != 2 || sum.Added != 1 || len(sum.Failures) != 1 || sum.Failures[0].String() != want {
		t.Fatalf("summary %+v; want a.txt added and the failure %q", sum, want)
	}
}

// TestRunFolderNamedTwice: a folder named again through a link inside it
// (`dyad ingest news news/self`, news/self a link to news) is walked once:
// its files were read twice, once under each path, the second skipped as
// stored. The link, met in the walk and named, counts as ignored twice; a
// folder named once more gives no "no files in directory" failure.
func TestRunFolderNamedTwice(t *testing.T) {
	dir := t.TempDir()
	news := filepath.Join(dir, "news")
	write(t, filepath.Join(news, "a.txt"), "DATE: 2024-03-04\n\nJapan and Australia signed a pact.")
	if err := os.Symlink(news, filepath.Join(news, "self")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	sum, err := Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: fakeRead},
		[]string{news, filepath.Join(news, "self"), news})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Inputs != 1 || sum.Read != 1 || sum.Added != 1 || sum.Skipped != 0 || sum.Ignored != 3 || len(sum.Failures) != 0 {
		t.Errorf("summary %+v; want a.txt read once, 3 ignored, no failure", sum)
	}
}
