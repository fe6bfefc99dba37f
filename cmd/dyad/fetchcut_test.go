package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
)

// cutServer serves each body in bodies by its path, the server closing the
// connection after the first half of it (its Content-Length announced).
func cutServer(t *testing.T, bodies map[string]string) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body := bodies[r.URL.Path]
		conn, buf, err := w.(http.Hijacker).Hijack()
		if err != nil {
			t.Error(err)
			return
		}
		defer conn.Close()
		ct := "text/html"
		if strings.HasSuffix(r.URL.Path, ".xml") {
			ct = "application/rss+xml"
		}
		fmt.Fprintf(buf, "HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", ct, len(body), body[:len(body)/2])
		buf.Flush()
	}))
}

// TestFetchCutOffSaid: a page or feed the server cuts off mid-body says so
// with the bytes that came and what was kept: dyad code codes the
// paragraphs before the cut (less the one the cut left unfinished), dyad extract prints them, dyad ingest
// stores a feed's complete items but not a page; each counts the input
// failed.
func TestFetchCutOffSaid(t *testing.T) {
	var page strings.Builder
	page.WriteString("<html><head><title>Envoy recalled</title></head><body><article>\n")
	for i := range 8 {
		fmt.Fprintf(&page, "<p>Kenya recalled its ambassador to Uganda on Wednesday, officials said in statement %d.</p>\n", i+1)
	}
	page.WriteString("</article></body></html>\n")
	var rss strings.Builder
	rss.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>`)
	for i := range 4 {
		fmt.Fprintf(&rss, "<item><title>Story %d</title><link>https://example.org/%d</link><description>Chile expelled two Peruvian diplomats on Tuesday, officials said.</description></item>\n", i+1, i+1)
	}
	rss.WriteString("</channel></rss>\n")
	srv := cutServer(t, map[string]string{"/story": page.String(), "/feed.xml": rss.String()})
	defer srv.Close()
	url := srv.URL + "/story"
	cut := fmt.Sprintf("%s: the page was cut off after %d of %d bytes (the server closed the connection: unexpected EOF)", url, page.Len()/2, page.Len())

	out, errs, code := run(t, "code", "--format", "json", "--date", "2024-05-01", url)
	if want := "dyad: " + cut + ": 3 paragraphs before the cut coded; the input counts as failed\ndyad: 1 of 1 input failed\n"; code != 1 || !strings.Contains(out, `"cameo":"161"`) || errs != want {
		t.Errorf("code: exit %d, stdout %q, stderr %q\nwant %q", code, out, errs, want)
	}
	_, errs, code = run(t, "extract", url)
	if want := "dyad: " + cut + ": 3 paragraphs before the cut printed; the input counts as failed\ndyad: 1 of 1 input failed\n"; code != 1 || errs != want {
		t.Errorf("extract: exit %d, stderr %q\nwant %q", code, errs, want)
	}
	dir := t.TempDir()
	_, errs, code = run(t, "ingest", "--db", filepath.Join(dir, "a.db"), "--date", "2024-05-01", url)
	if want := "  failed: " + cut + ": not stored; ingest the whole page\n"; code != 1 || !strings.Contains(errs, want) || !strings.Contains(errs, "0 articles read") {
		t.Errorf("ingest page: exit %d, stderr %q\nwant %q", code, errs, want)
	}
	feedURL := srv.URL + "/feed.xml"
	feedCut := fmt.Sprintf("%s: the page was cut off after %d of %d bytes (the server closed the connection: unexpected EOF)", feedURL, rss.Len()/2, rss.Len())
	_, errs, code = run(t, "ingest", "--db", filepath.Join(dir, "a.db"), "--date", "2024-05-01", feedURL)
	if want := "  failed: " + feedCut + ": 1 feed item before the cut read\n"; code != 1 || !strings.Contains(errs, want) || !strings.Contains(errs, "1 article read, 1 added") {
		t.Errorf("ingest feed: exit %d, stderr %q\nwant %q", code, errs, want)
	}
}

// TestGzippedFeed: a gzip'd feed file (news.xml.gz, gzip'd twice too) is
// read item by item, as the feed is, by extract and ingest; it was read
// as one page of the feed's text.
func TestGzippedFeed(t *testing.T) {
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>` +
		`<item><title>Envoy recalled</title><link>https://example.org/1</link><description>Kenya recalled its ambassador to Uganda on Wednesday.</description></item>` +
		`<item><title>Diplomats expelled</title><link>https://example.org/2</link><description>Chile expelled two Peruvian diplomats on Tuesday.</description></item>` +
		`</channel></rss>`
	dir := t.TempDir()
	once := writeFile(t, dir, "news.xml.gz", gz([]byte(rss)))
	twice := writeFile(t, dir, "news2.xml.gz", gz(gz([]byte(rss))))
	for _, p := range []string{once, twice} {
		out, errs, code := run(t, "extract", "--date", "2024-05-01", p)
		if code != 0 || !strings.Contains(out, `"input": "`+p+`:2"`) || !strings.Contains(out, `"title": "Envoy recalled"`) {
			t.Errorf("extract %s: exit %d, stdout %q, stderr %q", p, code, out, errs)
		}
	}
	_, errs, code := run(t, "ingest", "--db", filepath.Join(dir, "a.db"), "--date", "2024-05-01", once)
	if code != 0 || !strings.Contains(errs, "2 articles read, 2 added") {
		t.Errorf("ingest: exit %d, stderr %q", code, errs)
	}
}
