package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// record builds one WARC record with the given type, URI and block.
func record(typ, uri, contentType, block string) string {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-03-04T10:00:00Z\r\n"+
		"WARC-Record-ID: <urn:uuid:%08d-0000-0000-0000-000000000000>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, uri, len(block), contentType, len(block), block)
}

func httpResponse(status, contentType, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, contentType, len(body), body)
}

const page1 = "<html><head><title>Envoys meet</title></head><body><p>Envoys met in Geneva on Monday.</p></body></html>"
const page2 = "<html><body><p>Talks resume in May, officials said.</p></body></html>"

// records are a small crawl: a warcinfo, a request, two HTML pages, an
// image, a redirect and an HTML resource.
func records() []string {
	return []string{
		record("warcinfo", "", "application/warc-fields", "software: dyad test\r\n"),
		record("request", "https://example.org/1", "application/http;msgtype=request", "GET /1 HTTP/1.1\r\nHost: example.org\r\n\r\n"),
		record("response", "https://example.org/1", "application/http;msgtype=response", httpResponse("200 OK", "text/html; charset=utf-8", page1)),
		record("response", "https://example.org/logo.png", "application/http;msgtype=response", httpResponse("200 OK", "image/png", "\x89PNG")),
		record("response", "https://example.org/old", "application/http;msgtype=response", httpResponse("301 Moved Permanently", "text/html", "<a>moved</a>")),
		record("response", "<https://example.org/2>", "application/http;msgtype=response", httpResponse("200 OK", "text/html", page2)),
		record("resource", "file:///archive/3.html", "text/html", page1),
	}
}

func gz(s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

func walk(t *testing.T, name string, data []byte) (pages []Page, bads []error, err error) {
	t.Helper()
	err = Walk(name, bytes.NewReader(data), func(p Page) error {
		pages = append(pages, p)
		return nil
	}, func(e error) { bads = append(bads, e) })
	return
}

func summary(pages []Page) string {
	var s []string
	for _, p := range pages {
		s = append(s, fmt.Sprintf("%d@%d %s %d", p.Record, p.Offset, p.URI, len(p.Body)))
	}
	return strings.Join(s, "; ")
}

func TestWalk(t *testing.T) {
	recs := records()
	var plain bytes.Buffer
	var gzipped bytes.Buffer
	var offsets []int
	for _, r := range recs {
		plain.WriteString(r)
		offsets = append(offsets, gzipped.Len())
		gzipped.Write(gz(r))
	}
	pages, bads, err := walk(t, "crawl.warc", plain.Bytes())
	if err != nil || len(bads) != 0 {
		t.Fatalf("plain: err %v, bad %v", err, bads)
	}
	want := "3@-1 https://example.org/1 103; 6@-1 https://example.org/2 69; 7@-1 file:///archive/3.html 103"
	if got := summary(pages); got != want {
		t.Errorf("plain pages\n got %s\nwant %s", got, want)
	}
	if string(pages[0].Body) != page1 || pages[0].Date != "2024-03-04T10:00:00Z" || pages[0].ContentType != "text/html; charset=utf-8" {
		t.Errorf("page 1: %+v", pages[0])
	}
	pages, bads, err = walk(t, "crawl.warc.gz", gzipped.Bytes())
	if err != nil || len(bads) != 0 {
		t.Fatalf("gzip: err %v, bad %v", err, bads)
	}
	want = fmt.Sprintf("3@%d https://example.org/1 103; 6@%d https://example.org/2 69; 7@%d file:///archive/3.html 103", offsets[2], offsets[5], offsets[6])
	if got := summary(pages); got != want {
		t.Errorf("gzip pages\n got %s\nwant %s", got, want)
	}
}

func TestWalkMalformed(t *testing.T) {
	recs := records()
	// Record 3 of the gzip file gets a Content-Length that is not a number;
	// the file ends with a truncated copy of page 2.
	broken := strings.Replace(recs[2], "Content-Length: ", "Content-Length: x", 1)
	var buf bytes.Buffer
	var offsets []int
	for i, r := range recs {
		if i == 2 {
			r = broken
		}
		offsets = append(offsets, buf.Len())
		buf.Write(gz(r))
	}
	truncAt := buf.Len()
	last := gz(recs[5])
	buf.Write(last[:len(last)/2])
	pages, bads, err := walk(t, "bad.warc.gz", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("6@%d https://example.org/2 69; 7@%d file:///archive/3.html 103", offsets[5], offsets[6])
	if got := summary(pages); got != want {
		t.Errorf("pages\n got %s\nwant %s", got, want)
	}
	wantBad := []string{
		fmt.Sprintf(`bad.warc.gz:record 3: at offset %d: its Content-Length "x%d" is not a number`, offsets[2], len(httpResponse("200 OK", "text/html; charset=utf-8", page1))),
		fmt.Sprintf(`bad.warc.gz:record 8: at offset %d: the archive ends inside this record (cut off, or an incomplete download)`, truncAt),
	}
	if len(bads) != 2 || bads[0].Error() != wantBad[0] || bads[1].Error() != wantBad[1] {
		t.Fatalf("bad records %q, want %q", bads, wantBad)
	}
	var re *RecordError
	if !errors.As(bads[0], &re) || re.Record != 3 || re.Offset != int64(offsets[2]) {
		t.Errorf("RecordError %+v", re)
	}

	// Uncompressed: a truncated final record skips the rest.
	plain := recs[0] + recs[2] + recs[5][:200]
	pages, bads, err = walk(t, "cut.warc", []byte(plain))
	if err != nil || summary(pages) != "2@-1 https://example.org/1 103" || len(bads) != 1 ||
		!strings.HasPrefix(bads[0].Error(), "cut.warc:record 3: ") {
		t.Errorf("truncated plain: pages %s, bad %v, err %v", summary(pages), bads, err)
	}

	// Not a WARC file at all.
	if _, _, err := walk(t, "page.html", []byte(page1)); err == nil || !strings.Contains(err.Error(), "page.html: not a WARC file") {
		t.Errorf("non-WARC: %v", err)
	}
}

func ExampleWalk() {
	dir, _ := os.MkdirTemp("", "warc")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "crawl.warc")
	os.WriteFile(path, []byte(strings.Join(records(), "")), 0o644)
	f, _ := os.Open(path)
	defer f.Close()
	err := Walk("crawl.warc", f, func(p Page) error {
		fmt.Println(p.Record, p.URI, len(p.Body))
		return nil
	}, nil)
	fmt.Println(err)
	// Output:
	// 3 https://example.org/1 103
	// 6 https://example.org/2 69
	// 7 file:///archive/3.html 103
	// <nil>
}

// TestGzipBomb: a gzip member that inflates past MaxRecordSize (here 64 MiB
// of zeros in 64 KiB) is reported as a bad record after MaxRecordSize bytes
// of work, not inflated to its end or spooled to disk, and the walk goes on
// with the next member.
func TestGzipBomb(t *testing.T) {
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	n := 64 << 20
	body := httpResponse("200 OK", "text/html", "")
	fmt.Fprintf(zw, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/bomb\r\n"+
		"Content-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n%s", len(body)+n, body)
	zw.Write(make([]byte, n))
	zw.Write([]byte("\r\n\r\n"))
	zw.Close()
	good, other := gz(records()[2]), gz(records()[5])
	data := append(append(append([]byte{}, good...), bomb.Bytes()...), other...)
	pages, bads, err := walk(t, "bomb.warc.gz", data)
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("1@0 https://example.org/1 103; 3@%d https://example.org/2 %d", len(good)+bomb.Len(), len(page2))
	if got := summary(pages); got != want {
		t.Errorf("pages %s, want %s", got, want)
	}
	wantBad := fmt.Sprintf("bomb.warc.gz:record 2: at offset %d: gzip member inflates past %d bytes", len(good), MaxRecordSize)
	if len(bads) != 1 || bads[0].Error() != wantBad {
		t.Errorf("bad records %v, want [%s]", bads, wantBad)
	}
}

// TestGzipNotWARC: a gzip file whose first member is not a WARC record is
// not a WARC file.
func TestGzipNotWARC(t *testing.T) {
	_, _, err := walk(t, "page.html.gz", gz("<html><body><p>hello</p></body></html>"))
	want := "page.html.gz: not a WARC file: gzip member does not hold a WARC record"
	if err == nil || err.Error() != want {
		t.Errorf("error %v, want %s", err, want)
	}
}

// TestTruncatedFirstRecord: an uncompressed WARC file cut inside its
// first record is a WARC file with a broken record 1, not "not a WARC
// file".
func TestTruncatedFirstRecord(t *testing.T) {
	rec := records()[0]
	data := []byte(rec[:len(rec)-40])
	if !bytes.HasPrefix(data, []byte("WARC/")) {
		t.Fatalf("first record does not start with WARC/: %q", data[:20])
	}
	pages, bads, err := walk(t, "cut.warc", data)
	if err != nil || len(pages) != 0 || len(bads) != 1 {
		t.Fatalf("pages %d, bad %v, err %v; want one bad record", len(pages), bads, err)
	}
	var re *RecordError
	if !errors.As(bads[0], &re) || re.Record != 1 || strings.Contains(bads[0].Error(), "not a WARC file") {
		t.Errorf("bad record %v, want record 1's error", bads[0])
	}
}

// TestWalkTextAndSkips: a successful text/plain response is a page; the
// responses that hold none (an image, a 404, a PDF) are reported as
// skipped with their reason, plain or gzip'd; a crawler's own text/plain
// resource (its log) is neither; SkipSummary names the first three.
func TestWalkTextAndSkips(t *testing.T) {
	const story = "TITLE: Talks\n\nEnvoys met in Geneva on Monday."
	recs := []string{
		record("warcinfo", "", "application/warc-fields", "software: dyad test\r\n"),
		record("response", "https://example.org/logo.png", "application/http;msgtype=response", httpResponse("200 OK", "image/png", "\x89PNG")),
		record("response", "https://example.org/story.txt", "application/http;msgtype=response", httpResponse("200 OK", "text/plain; charset=utf-8", story)),
		record("response", "https://example.org/gone.html", "application/http;msgtype=response", httpResponse("404 Not Found", "text/html", "<p>gone</p>")),
		record("response", "https://example.org/a.pdf", "application/http;msgtype=response", httpResponse("200 OK", "application/pdf", "%PDF")),
		record("response", "https://example.org/b.pdf", "application/http;msgtype=response", httpResponse("200 OK", "application/pdf", "%PDF")),
		record("resource", "metadata://gnu.org/software/wget/warc/wget.log", "text/plain", "wget log"),
	}
	var plain, gzipped bytes.Buffer
	for _, r := range recs {
		plain.WriteString(r)
		gzipped.Write(gz(r))
	}
	for name, data := range map[string][]byte{"crawl.warc": plain.Bytes(), "crawl.warc.gz": gzipped.Bytes()} {
		var pages []Page
		var skips []Skip
		err := WalkSkips(name, bytes.NewReader(data), func(p Page) error {
			pages = append(pages, p)
			return nil
		}, func(e error) { t.Errorf("%s: bad record %v", name, e) }, func(k Skip) { skips = append(skips, k) })
		if err != nil || len(pages) != 1 || string(pages[0].Body) != story || pages[0].URI != "https://example.org/story.txt" {
			t.Errorf("%s: err %v, pages %s; want the text/plain story alone", name, err, summary(pages))
		}
		want := []Skip{{2, "https://example.org/logo.png", SkipNotPage, "image/png"}, {4, "https://example.org/gone.html", SkipError, "status 404"},
			{5, "https://example.org/a.pdf", SkipNotPage, "application/pdf"}, {6, "https://example.org/b.pdf", SkipNotPage, "application/pdf"}}
		if fmt.Sprint(skips) != fmt.Sprint(want) {
			t.Errorf("%s: skips %v, want %v", name, skips, want)
		}
		msg := "x.warc: 4 responses skipped, no HTML or text page: record 2 https://example.org/logo.png (image/png), " +
			"record 4 https://example.org/gone.html (status 404), record 5 https://example.org/a.pdf (application/pdf) and 1 more"
		if got := SkipSummary("x.warc", skips); got != msg {
			t.Errorf("SkipSummary = %q\nwant %q", got, msg)
		}
	}
}

// TestWalkPlainTextNoArticle: a text/plain response is decoded with the
// charset its Content-Type declares (Latin-1 here; none and not UTF-8:
// Windows-1252), and one that holds no article — a site's robots.txt, a
// CSV table, a JSON API reply, a sitemap's URL list, an unknown charset,
// NUL bytes — is skipped with its reason, never a bad record.
func TestWalkPlainTextNoArticle(t *testing.T) {
	latin := "Le pr\xe9sident a rencontr\xe9 ses homologues \xe0 Berlin lundi."
	resp := func(uri, ct, body string) string {
		return record("response", uri, "application/http;msgtype=response", httpResponse("200 OK", ct, body))
	}
	recs := []string{
		resp("https://example.org/fr.txt", "text/plain; charset=ISO-8859-1", latin),
		resp("https://example.org/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n"),
		resp("https://example.org/data.csv", "text/plain", "date,actor,target\n2024-01-01,RUS,UKR\n2024-01-02,IRN,ISR\n"),
		resp("https://example.org/api/status", "text/plain; charset=utf-8", `{"status":"ok","count":3}`),
		resp("https://example.org/urls.txt", "text/plain", "https://example.org/1\nhttps://example.org/2\n"),
		resp("https://example.org/odd.txt", "text/plain; charset=x-nonesuch", "Envoys met."),
		resp("https://example.org/nul.txt", "text/plain", "Envoys\x00met."),
		resp("https://example.org/old.txt", "text/plain", "Envoys met in Gen\xe8ve on Monday."),
	}
	var plain bytes.Buffer
	for _, r := range recs {
		plain.WriteString(r)
	}
	var pages []Page
	var skips []Skip
	err := WalkSkips("x.warc", bytes.NewReader(plain.Bytes()), func(p Page) error {
		pages = append(pages, p)
		return nil
	}, func(e error) { t.Errorf("bad record %v", e) }, func(k Skip) { skips = append(skips, k) })
	if err != nil || len(pages) != 2 || string(pages[0].Body) != "Le président a rencontré ses homologues à Berlin lundi." ||
		string(pages[1].Body) != "Envoys met in Genève on Monday." {
		t.Fatalf("err %v, pages %s; want the Latin-1 and the undeclared Windows-1252 stories decoded", err, summary(pages))
	}
	want := []string{"robots.txt, no page", "text/plain, a table", "text/plain, JSON", "text/plain, a list of URLs",
		"text/plain, unknown charset x-nonesuch", "text/plain, undecodable"}
	var got []string
	for _, k := range skips {
		got = append(got, k.Reason)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("skip reasons %q, want %q", got, want)
	}
}

// TestWalkPlainTextStrayByte: a text/plain response declared (or read as)
// UTF-8 that has one stray byte, or is cut inside its last
// character, keeps its UTF-8: the stray byte becomes U+FFFD, the cut
// character is dropped; it is not decoded whole as Windows-1252.
func TestWalkPlainTextStrayByte(t *testing.T) {
	resp := func(uri, ct, body string) string {
		return record("response", uri, "application/http;msgtype=response", httpResponse("200 OK", ct, body))
	}
	story := "Côte d'Ivoire accused Burkina Faso on Monday of backing the raid, officials said."
	for _, c := range []struct{ name, ct, body, want string }{
		{"cut text", "text/plain; charset=utf-8", story + "\nAbidjan \xe2\x80", story + "\nAbidjan "},
		{"stray byte in text", "text/plain; charset=utf-8", story + " \x92", story + " \uFFFD"},
		{"stray byte, no charset", "text/plain", story + " \x92", story + " \uFFFD"},
	} {
		var pages []Page
		err := WalkSkips("x.warc", strings.NewReader(resp("https://example.org/a", c.ct, c.body)), func(p Page) error {
			pages = append(pages, p)
			return nil
		}, func(e error) { t.Errorf("%s: bad record %v", c.name, e) }, func(k Skip) { t.Errorf("%s: skipped %s", c.name, k.Reason) })
		if err != nil || len(pages) != 1 {
			t.Errorf("%s: err %v, pages %s; want one page", c.name, err, summary(pages))
			continue
		}
		body := pages[0].Body
		if !strings.Contains(string(body), c.want) {
			t.Errorf("%s: body %q; want it to hold %q", c.name, body, c.want)
		}
	}
}

// TestSniff: a WARC file is known by its first record, plain or in its
// first gzip member; other data, gzip'd or not, is not one.
func TestSniff(t *testing.T) {
	rec := record("warcinfo", "", "application/warc-fields", "software: dyad test\r\n")
	for _, tc := range []struct {
		name string
		data []byte
		want bool
	}{
		{"plain", []byte(rec), true},
		{"gzip", gz(rec), true},
		{"gzip text", gz("Envoys met in Geneva."), false},
		{"html", []byte(page1), false},
		{"gzip cut", gz(rec)[:12], false},
		{"empty", nil, false},
	} {
		if got := Sniff(tc.data); got != tc.want {
			t.Errorf("%s: Sniff = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestSkipRedirectsAndRevisits: a redirect (3xx) and a revisit record are
// skips of their own kinds, named apart from the responses skipped in
// SkipSummary (the redirect with where it leads, resolved against the
// record's URI); a revisit was passed over without a word.
func TestSkipRedirectsAndRevisits(t *testing.T) {
	redirect := func(status, loc string) string {
		return fmt.Sprintf("HTTP/1.1 %s\r\nLocation: %s\r\nContent-Type: text/html\r\nContent-Length: 0\r\n\r\n", status, loc)
	}
	recs := []string{
		record("response", "https://example.org/old", "application/http;msgtype=response", redirect("301 Moved Permanently", "https://example.org/new")),
		record("response", "https://example.org/a/b", "application/http;msgtype=response", redirect("302 Found", "/c")),
		record("response", "https://example.org/1", "application/http;msgtype=response", httpResponse("200 OK", "text/html", page1)),
		"WARC/1.1\r\nWARC-Type: revisit\r\nWARC-Target-URI: https://example.org/1\r\nWARC-Date: 2024-03-05T10:00:00Z\r\n" +
			"WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest\r\n" +
			"WARC-Record-ID: <urn:uuid:00000009-0000-0000-0000-000000000000>\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: 0\r\n\r\n\r\n\r\n",
		record("response", "https://example.org/gone", "application/http;msgtype=response", httpResponse("404 Not Found", "text/html", "<p>gone</p>")),
		record("response", "https://example.org/data.txt", "application/http;msgtype=response", httpResponse("200 OK", "text/plain", "{\"a\": 1}")),
	}
	var plain, gzipped bytes.Buffer
	for _, r := range recs {
		plain.WriteString(r)
		gzipped.Write(gz(r))
	}
	for name, data := range map[string][]byte{"crawl.warc": plain.Bytes(), "crawl.warc.gz": gzipped.Bytes()} {
		var pages []Page
		var skips []Skip
		err := WalkSkips(name, bytes.NewReader(data), func(p Page) error {
			pages = append(pages, p)
			return nil
		}, func(e error) { t.Errorf("%s: bad record %v", name, e) }, func(k Skip) { skips = append(skips, k) })
		if err != nil || len(pages) != 1 || pages[0].URI != "https://example.org/1" {
			t.Errorf("%s: err %v, pages %s; want record 3 alone", name, err, summary(pages))
		}
		want := []Skip{
			{1, "https://example.org/old", SkipRedirect, "status 301 → https://example.org/new"},
			{2, "https://example.org/a/b", SkipRedirect, "status 302 → https://example.org/c"},
			{4, "https://example.org/1", SkipRevisit, "revisit, same as an earlier capture"},
			{5, "https://example.org/gone", SkipError, "status 404"},
			{6, "https://example.org/data.txt", SkipNotArticle, "text/plain, JSON"},
		}
		if fmt.Sprint(skips) != fmt.Sprint(want) {
			t.Errorf("%s: skips\n%v\nwant\n%v", name, skips, want)
		}
		msg := "x.warc: 2 redirects: record 1 https://example.org/old (status 301 → https://example.org/new), " +
			"record 2 https://example.org/a/b (status 302 → https://example.org/c); " +
			"1 revisit: record 4 https://example.org/1 (revisit, same as an earlier capture); " +
			"2 responses skipped, no HTML or text page: record 5 https://example.org/gone (status 404), record 6 https://example.org/data.txt (text/plain, JSON)"
		if got := SkipSummary("x.warc", skips); got != msg {
			t.Errorf("SkipSummary = %q\nwant %q", got, msg)
		}
		by := map[string]int{}
		for _, k := range skips {
			by[k.Kind]++
		}
		if got, want := SkipCounts(by), "2 redirects, 1 revisit, 1 error status, 1 text that is no article"; got != want {
			t.Errorf("SkipCounts = %q, want %q", got, want)
		}
	}
}

// TestArchiveWithoutPage: an archive whose records hold no page — a
// warcinfo alone, requests and metadata, responses all skipped — is an
// error wrapping ErrNoPage that names the file and counts its records by
// type, plain or gzip'd; one page, or one bad record (already an error
// of its own), is not.
func TestArchiveWithoutPage(t *testing.T) {
	info := record("warcinfo", "", "application/warc-fields", "software: x\n")
	req := record("request", "https://example.org/1", "application/http;msgtype=request", "GET /1 HTTP/1.1\r\nHost: example.org\r\n\r\n")
	gone := record("response", "https://example.org/gone.html", "application/http;msgtype=response", httpResponse("404 Not Found", "text/html", "<p>gone</p>"))
	moved := record("response", "https://example.org/old", "application/http;msgtype=response", httpResponse("301 Moved Permanently", "text/html", "<a>moved</a>"))
	ok := record("response", "https://example.org/1", "application/http;msgtype=response", httpResponse("200 OK", "text/html", page1))
	broken := record("response", "https://example.org/2", "application/http;msgtype=response", "not HTTP at all")
	for _, tc := range []struct {
		recs []string
		want string // the error, "" for none
	}{
		{[]string{info}, "a.warc: WARC archive holds no HTML or text page (1 record: 1 warcinfo)"},
		{[]string{info, req, gone, moved}, "a.warc: WARC archive holds no HTML or text page (4 records: 1 warcinfo, 1 request, 2 response)"},
		{[]string{info, ok}, ""},
		{[]string{info, broken}, ""},
	} {
		var plain, gzipped bytes.Buffer
		for _, r := range tc.recs {
			plain.WriteString(r)
			gzipped.Write(gz(r))
		}
		for _, data := range [][]byte{plain.Bytes(), gzipped.Bytes()} {
			_, _, err := walk(t, "a.warc", data)
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tc.want || (tc.want != "" && !errors.Is(err, ErrNoPage)) {
				t.Errorf("%d records: err %q, want %q wrapping ErrNoPage", len(tc.recs), got, tc.want)
			}
		}
	}
}

// TestNotModifiedIsRevisit: a response with status 304 Not Modified is
// no redirect: it counts as a revisit, "not modified".
func TestNotModifiedIsRevisit(t *testing.T) {
	nm := "HTTP/1.1 304 Not Modified\r\nETag: \"x1\"\r\nContent-Length: 0\r\n\r\n"
	data := record("response", "https://example.org/story", "application/http;msgtype=response", nm) +
		record("response", "https://example.org/old", "application/http;msgtype=response",
			"HTTP/1.1 301 Moved Permanently\r\nLocation: /new\r\nContent-Length: 0\r\n\r\n") +
		record("response", "https://example.org/1", "application/http;msgtype=response", httpResponse("200 OK", "text/html", page1))
	var skips []Skip
	err := WalkSkips("x.warc", strings.NewReader(data), func(p Page) error { return nil }, func(e error) { t.Errorf("bad record %v", e) }, func(k Skip) { skips = append(skips, k) })
	want := []Skip{
		{1, "https://example.org/story", SkipRevisit, "status 304, not modified since an earlier capture"},
		{2, "https://example.org/old", SkipRedirect, "status 301 → https://example.org/new"},
	}
	if err != nil || fmt.Sprint(skips) != fmt.Sprint(want) {
		t.Errorf("err %v, skips\n%v\nwant\n%v", err, skips, want)
	}
	if got := SkipCounts(map[string]int{skips[0].Kind: 1, skips[1].Kind: 1}); got != "1 redirect, 1 revisit" {
		t.Errorf("SkipCounts = %q", got)
	}
}

// TestWalkPlainTextSemicolonTableAndLog: a text/plain response holding a
// semicolon-separated table or a server's log is skipped as no article,
// counted with its reason, not read as a story.
func TestWalkPlainTextSemicolonTableAndLog(t *testing.T) {
	resp := func(uri, body string) string {
		return record("response", uri, "application/http;msgtype=response", httpResponse("200 OK", "text/plain; charset=utf-8", body))
	}
	var w bytes.Buffer
	for _, r := range []string{
		resp("https://example.org/daten.csv", "Datum;Land;Ereignis\n2024-03-01;Chile;Proteste in Santiago\n2024-03-02;Peru;Streik in Lima\n2024-03-03;Kenia;Treffen in Nairobi\n"),
		resp("https://example.org/app.log", "2024-03-04 10:00:01 INFO fetched Kenya feed\n2024-03-04 10:00:02 WARN Uganda feed slow\n2024-03-04 10:00:03 INFO done\n"),
		resp("https://example.org/access.log", "198.51.100.4 - - [04/Mar/2024:10:00:01 +0000] \"GET /a HTTP/1.1\" 200 12\n"+
			"198.51.100.5 - - [04/Mar/2024:10:00:02 +0000] \"GET /b HTTP/1.1\" 200 13\n198.51.100.6 - - [04/Mar/2024:10:00:03 +0000] \"GET /c HTTP/1.1\" 404 0\n"),
		resp("https://example.org/story.txt", "NAIROBI (Reuters) - Kenya and Uganda resumed talks on Monday; both sides said they were useful.\n"),
	} {
		w.WriteString(r)
	}
	var pages []Page
	var skips []Skip
	err := WalkSkips("x.warc", bytes.NewReader(w.Bytes()), func(p Page) error {
		pages = append(pages, p)
		return nil
	}, func(e error) { t.Errorf("bad record %v", e) }, func(k Skip) { skips = append(skips, k) })
	if err != nil || len(pages) != 1 || pages[0].URI != "https://example.org/story.txt" {
		t.Fatalf("err %v, pages %s; want the story alone", err, summary(pages))
	}
	want := []Skip{
		{1, "https://example.org/daten.csv", SkipNotArticle, "text/plain, a table"},
		{2, "https://example.org/app.log", SkipNotArticle, "text/plain, a log"},
		{3, "https://example.org/access.log", SkipNotArticle, "text/plain, a log"},
	}
	if fmt.Sprint(skips) != fmt.Sprint(want) {
		t.Errorf("skips %v, want %v", skips, want)
	}
	if got := SkipSummary("x.warc", skips); !strings.Contains(got, "3 responses skipped") {
		t.Errorf("summary %q", got)
	}
}

// TestWalkRecapturedURI: a URI captured as a page twice is read once, from
// its later capture (the story as last crawled); the earlier capture is a
// skip of kind SkipRecaptured naming the record read, in the summary too.
// A later revisit or error of the URI is no page and supersedes nothing.
func TestWalkRecapturedURI(t *testing.T) {
	resp := func(uri, status, body string) string {
		return record("response", uri, "application/http;msgtype=response", httpResponse(status, "text/html", body))
	}
	first := "<html><body><p>Envoys met in Lima on Monday.</p></body></html>"
	second := "<html><body><p>Envoys met in Lima on Monday.</p><p>Peru recalled its envoy on Tuesday.</p></body></html>"
	recs := []string{
		resp("https://example.org/lima", "200 OK", first),
		resp("https://example.org/quito", "200 OK", page2),
		resp("https://example.org/lima", "200 OK", second),
		resp("https://example.org/quito", "404 Not Found", "gone"),
	}
	for _, name := range []string{"x.warc", "x.warc.gz"} {
		var data []byte
		for _, r := range recs {
			if name == "x.warc.gz" {
				data = append(data, gz(r)...)
			} else {
				data = append(data, r...)
			}
		}
		var pages []Page
		var skips []Skip
		err := WalkSkips(name, bytes.NewReader(data), func(p Page) error {
			pages = append(pages, p)
			return nil
		}, func(e error) { t.Errorf("bad record %v", e) }, func(k Skip) { skips = append(skips, k) })
		if err != nil || len(pages) != 2 || pages[0].URI != "https://example.org/quito" || pages[1].Record != 3 || string(pages[1].Body) != second {
			t.Fatalf("%s: err %v, pages %s; want quito (record 2) and lima's later capture (record 3)", name, err, summary(pages))
		}
		want := []Skip{
			{1, "https://example.org/lima", SkipRecaptured, "captured again in record 3, which is read"},
			{4, "https://example.org/quito", SkipError, "status 404"},
		}
		if fmt.Sprint(skips) != fmt.Sprint(want) {
			t.Errorf("%s: skips %v, want %v", name, skips, want)
		}
		wantSum := name + ": 1 earlier capture of a page captured again later, the later read: record 1 https://example.org/lima (captured again in record 3, which is read); " +
			"1 response skipped, no HTML or text page: record 4 https://example.org/quito (status 404)"
		if got := SkipSummary(name, skips); got != wantSum {
			t.Errorf("summary %q\nwant %q", got, wantSum)
		}
	}
}

// TestWalkRecaptureWithoutStory: a later capture of a URI that holds no
// story text (a consent wall, an empty page, a title only) does not replace
// an earlier capture that holds one: the last capture with story text is
// read, the later empty one is a skip of kind SkipEmptyRecapture naming the
// record read; with no later capture holding story text the first is read.
// A capture whose response the crawler saved cut off is never preferred to
// a whole one.
func TestWalkRecaptureWithoutStory(t *testing.T) {
	// cutOff stands for a capture whose HTTP body the crawler saved cut
	// off: update's first half under update's Content-Length
	const cutOff = "(cut)"
	resp := func(body string) string {
		if body == cutOff {
			update := "<html><head><title>Kenya</title></head><body><article><p>NAIROBI, May 1 (Reuters) - Kenya recalled its envoy to Uganda on Wednesday, officials said.</p><p>Uganda said it regretted the move.</p></article></body></html>"
			h := httpResponse("200 OK", "text/html", update)
			return record("response", "https://example.org/nairobi", "application/http;msgtype=response", h[:len(h)-len(update)/2])
		}
		return record("response", "https://example.org/nairobi", "application/http;msgtype=response", httpResponse("200 OK", "text/html", body))
	}
	story := "<html><head><title>Kenya</title></head><body><article><p>NAIROBI, May 1 (Reuters) - Kenya recalled its envoy to Uganda on Wednesday, officials said.</p></article></body></html>"
	update := "<html><head><title>Kenya</title></head><body><article><p>NAIROBI, May 1 (Reuters) - Kenya recalled its envoy to Uganda on Wednesday, officials said.</p><p>Uganda said it regretted the move.</p></article></body></html>"
	consent := "<html><head><title>Kenya</title></head><body><p>Please enable JavaScript and cookies to continue.</p></body></html>"
	empty := "<html><head><title>Kenya</title></head><body></body></html>"
	read := func(n int) string { return fmt.Sprintf("captured again in record %d, which is read", n) }
	noStory := func(n int) string { return fmt.Sprintf("no story text; the earlier capture in record %d is read", n) }
	for _, c := range []struct {
		name   string
		bodies []string
		record int // the capture read
		skips  []Skip
	}{
		{"consent wall later", []string{story, consent}, 1, []Skip{{2, "https://example.org/nairobi", SkipEmptyRecapture, noStory(1)}}},
		{"empty page later", []string{story, empty}, 1, []Skip{{2, "https://example.org/nairobi", SkipEmptyRecapture, noStory(1)}}},
		{"update then consent", []string{story, update, consent}, 2, []Skip{
			{1, "https://example.org/nairobi", SkipRecaptured, read(2)},
			{3, "https://example.org/nairobi", SkipEmptyRecapture, noStory(2)}}},
		{"empty between", []string{story, empty, update}, 3, []Skip{
			{1, "https://example.org/nairobi", SkipRecaptured, read(3)},
			{2, "https://example.org/nairobi", SkipRecaptured, read(3)}}},
		{"no story at all", []string{empty, consent}, 1, []Skip{{2, "https://example.org/nairobi", SkipEmptyRecapture, noStory(1)}}},
		{"cut later", []string{story, cutOff}, 1, []Skip{{2, "https://example.org/nairobi", SkipEmptyRecapture, "its response cut off; the earlier capture in record 1 is read"}}},
		{"cut earlier", []string{cutOff, update}, 2, []Skip{{1, "https://example.org/nairobi", SkipRecaptured, read(2)}}},
	} {
		for _, name := range []string{"x.warc", "x.warc.gz"} {
			var data []byte
			for _, b := range c.bodies {
				if name == "x.warc.gz" {
					data = append(data, gz(resp(b))...)
				} else {
					data = append(data, resp(b)...)
				}
			}
			var pages []Page
			var skips []Skip
			err := WalkSkips(name, bytes.NewReader(data), func(p Page) error {
				pages = append(pages, p)
				return nil
			}, func(e error) { t.Errorf("%s: bad record %v", c.name, e) }, func(k Skip) { skips = append(skips, k) })
			if err != nil || len(pages) != 1 || pages[0].Record != c.record || string(pages[0].Body) != c.bodies[c.record-1] {
				t.Errorf("%s %s: err %v, pages %s; want record %d", c.name, name, err, summary(pages), c.record)
			}
			if fmt.Sprint(skips) != fmt.Sprint(c.skips) {
				t.Errorf("%s %s: skips %v, want %v", c.name, name, skips, c.skips)
			}
		}
	}
	skips := []Skip{{2, "https://example.org/nairobi", SkipEmptyRecapture, noStory(1)}}
	want := "x.warc: 1 later capture of a page with no story text, an earlier capture read: record 2 https://example.org/nairobi (no story text; the earlier capture in record 1 is read)"
	if got := SkipSummary("x.warc", skips); got != want {
		t.Errorf("summary %q\nwant %q", got, want)
	}
}

// TestPlainArchiveCutInsideRecord: an uncompressed archive that ends
// inside a record — in its WARC header, its HTTP header, its payload or
// before the blank lines that close it — is said to end there, as a
// .warc.gz cut off is, not "copying content: EOF"; the records before the
// cut are read. After a malformed record that is not cut the walk resumes
// at the next record start, saying how many bytes it skipped.
func TestPlainArchiveCutInsideRecord(t *testing.T) {
	recs := records()
	whole := recs[0] + recs[2]
	last := recs[5]
	cutMsg := fmt.Sprintf("cut.warc:record 3: at offset %d: the archive ends inside this record (cut off, or an incomplete download)", len(whole))
	malformed := strings.Replace(last, "Content-Length: ", "Content-Length: x", 1)
	n := fmt.Sprint(len(httpResponse("200 OK", "text/html", page2)))
	huge := strings.Replace(last, "Content-Length: "+n, "Content-Length: 99999999999999999999", 1)
	for _, tc := range []struct {
		name string
		data string
		want string
	}{
		{"in the WARC header", whole + last[:40], cutMsg},
		{"in the HTTP header", whole + last[:strings.Index(last, "HTTP/1.1")+20], cutMsg},
		{"in the payload", whole + last[:len(last)-20], cutMsg},
		{"in the last bytes of the payload", whole + last[:len(last)-5], cutMsg},
		{"malformed, not cut", whole + malformed + recs[6],
			"cut.warc:record 3: at offset " + fmt.Sprint(len(whole)) + ": its Content-Length \"x" + fmt.Sprint(len(httpResponse("200 OK", "text/html", page2))) + "\" is not a number; " +
				fmt.Sprint(len(malformed)) + " bytes skipped to the next record, at offset " + fmt.Sprint(len(whole)+len(malformed))},
		{"too large, not cut", whole + huge + recs[6],
			"cut.warc:record 3: at offset " + fmt.Sprint(len(whole)) + ": its Content-Length \"99999999999999999999\" is too large (over 9223372036854775807 bytes); " +
				fmt.Sprint(len(huge)) + " bytes skipped to the next record, at offset " + fmt.Sprint(len(whole)+len(huge))},
	} {
		pages, bads, err := walk(t, "cut.warc", []byte(tc.data))
		want := "2@-1 https://example.org/1 103"
		if strings.HasSuffix(tc.name, ", not cut") {
			want += "; 4@-1 file:///archive/3.html 103"
		}
		if err != nil || summary(pages) != want || len(bads) != 1 || bads[0].Error() != tc.want {
			t.Errorf("%s: pages %s, bad %q, err %v\nwant %s, bad %q", tc.name, summary(pages), bads, err, want, tc.want)
		}
	}
}

// TestUnclosedLastRecord: an archive whose last record is whole but ends
// without all or part of the blank lines (CRLF CRLF) that close it loses
// no page: the page is read and marked Unclosed (a warning), plain or
// gzip'd, also when the page itself ends in CRLF or CR.
func TestUnclosedLastRecord(t *testing.T) {
	recs := records()
	whole := recs[0] + recs[2]
	last := recs[5] // record 3, https://example.org/2
	crlfBody := record("response", "https://example.org/3", "application/http;msgtype=response", httpResponse("200 OK", "text/html", page2+"\r\n"))
	crBody := record("response", "https://example.org/3", "application/http;msgtype=response", httpResponse("200 OK", "text/html", page2+"\r"))
	for _, tc := range []struct {
		name, data, want string
	}{
		{"no closing", whole + last[:len(last)-4], "2@-1 https://example.org/1 103; 3@-1 https://example.org/2 69 unclosed"},
		{"one CR", whole + last[:len(last)-3], "2@-1 https://example.org/1 103; 3@-1 https://example.org/2 69 unclosed"},
		{"one CRLF", whole + last[:len(last)-2], "2@-1 https://example.org/1 103; 3@-1 https://example.org/2 69 unclosed"},
		{"CRLF CR", whole + last[:len(last)-1], "2@-1 https://example.org/1 103; 3@-1 https://example.org/2 69 unclosed"},
		{"closed", whole + last, "2@-1 https://example.org/1 103; 3@-1 https://example.org/2 69"},
		{"page ending in CRLF, no closing", whole + crlfBody[:len(crlfBody)-4], "2@-1 https://example.org/1 103; 3@-1 https://example.org/3 71 unclosed"},
		{"page ending in CRLF, one CRLF", whole + crlfBody[:len(crlfBody)-2], "2@-1 https://example.org/1 103; 3@-1 https://example.org/3 71 unclosed"},
		{"page ending in CR, no closing", whole + crBody[:len(crBody)-4], "2@-1 https://example.org/1 103; 3@-1 https://example.org/3 70 unclosed"},
		{"page ending in CR, one CR", whole + crBody[:len(crBody)-3], "2@-1 https://example.org/1 103; 3@-1 https://example.org/3 70 unclosed"},
	} {
		pages, bads, err := walk(t, "crawl.warc", []byte(tc.data))
		var got []string
		for _, p := range pages {
			s := summary([]Page{p})
			if p.Unclosed {
				s += " unclosed"
			}
			got = append(got, s)
		}
		if err != nil || len(bads) != 0 || strings.Join(got, "; ") != tc.want {
			t.Errorf("%s: pages %s, bad %q, err %v\nwant %s", tc.name, strings.Join(got, "; "), bads, err, tc.want)
		}
	}

	// gzip'd: the last member's record lacks its closing; the pages of
	// the members before are read as they are
	var buf bytes.Buffer
	buf.Write(gz(recs[2]))
	off := buf.Len()
	buf.Write(gz(last[:len(last)-4]))
	pages, bads, err := walk(t, "crawl.warc.gz", buf.Bytes())
	if err != nil || len(bads) != 0 || len(pages) != 2 || pages[0].Unclosed || !pages[1].Unclosed || string(pages[1].Body) != page2 {
		t.Fatalf("gzip: pages %s, bad %q, err %v", summary(pages), bads, err)
	}
	want := fmt.Sprintf("crawl.warc.gz:record 2 (https://example.org/2): the gzip member at offset %d ends without the blank lines that close this record; its content is whole and was read", off)
	if got := UnclosedWarning("crawl.warc.gz", pages[1]); got != want {
		t.Errorf("warning\n got %s\nwant %s", got, want)
	}
	if got := UnclosedWarning("crawl.warc.gz", pages[0]); got != "" {
		t.Errorf("warning of a closed record: %s", got)
	}
	pages, _, _ = walk(t, "crawl.warc", []byte(whole+last[:len(last)-4]))
	want = "crawl.warc:record 3 (https://example.org/2): the archive ends without the blank lines that close this record; its content is whole and was read"
	if got := UnclosedWarning("crawl.warc", pages[1]); got != want {
		t.Errorf("warning\n got %s\nwant %s", got, want)
	}
}

// TestShortNotWARC: an input too short to hold a WARC record says what it
// is — empty, cut inside the "WARC/" that starts a record, or another
// text — not "no HTML or text page (no record)" nor "EOF".
func TestShortNotWARC(t *testing.T) {
	for _, tc := range []struct{ data, want string }{
		{"", "x.warc: empty file, not a WARC file"},
		{"W", `x.warc: cut off after 1 byte, inside its first record (a WARC file starts "WARC/")`},
		{"WAR", `x.warc: cut off after 3 bytes, inside its first record (a WARC file starts "WARC/")`},
		{"WARC", `x.warc: cut off after 4 bytes, inside its first record (a WARC file starts "WARC/")`},
		{"WARC/", `x.warc: cut off after 5 bytes, inside the header of its first record`},
		{"hello", `x.warc: not a WARC file: it starts "hello", a WARC file starts "WARC/"`},
		{"<p>", `x.warc: not a WARC file: it starts "<p>", a WARC file starts "WARC/"`},
		{"hello world\r\nfoo", `x.warc: not a WARC file: it starts "hello", a WARC file starts "WARC/" (reading header: EOF)`},
	} {
		pages, bads, err := walk(t, "x.warc", []byte(tc.data))
		if err == nil || err.Error() != tc.want || len(pages)+len(bads) != 0 {
			t.Errorf("%q: err %v, pages %d, bad %v\nwant %s", tc.data, err, len(pages), bads, tc.want)
		}
	}
}

// TestCapturedResponseCut: a whole record holding an HTTP response the
// crawler saved cut off inside its body (shorter than its Content-Length,
// chunked without its 0 chunk, gzip'd and cut) gives its page up to the
// cut, marked Cut with the bytes that came, as a page a server cut off is
// read; CutError says so with the record and the bytes. A response cut
// inside its header holds no page: a bad record. The records after them
// are read.
func TestCapturedResponseCut(t *testing.T) {
	cutCL := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + fmt.Sprint(len(page1)) + "\r\n\r\n" + page1[:40]
	cutChunked := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" + fmt.Sprintf("%x\r\n", len(page1)) + page1 + "\r\n"
	zipped := gz(page1)
	cutGzip := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: " + fmt.Sprint(len(zipped)) + "\r\n\r\n" + string(zipped[:len(zipped)-12])
	cutHeader := "HTTP/1.1 200 OK\r\nContent-Type: text/ht"
	rec1 := record("response", "https://example.org/cl", "application/http;msgtype=response", cutCL)
	rec2 := record("response", "https://example.org/chunked", "application/http;msgtype=response", cutChunked)
	rec3 := record("response", "https://example.org/gzip", "application/http;msgtype=response", cutGzip)
	data := rec1 + rec2 + rec3 +
		record("response", "https://example.org/header", "application/http;msgtype=response", cutHeader) +
		records()[5]
	pages, bads, err := walk(t, "crawl.warc", []byte(data))
	wantPages := fmt.Sprintf("1@-1 https://example.org/cl 40; 2@-1 https://example.org/chunked %d; 3@-1 https://example.org/gzip %d; 5@-1 https://example.org/2 69", len(page1), len(page1))
	if err != nil || summary(pages) != wantPages {
		t.Fatalf("pages %s, err %v\nwant %s", summary(pages), err, wantPages)
	}
	if string(pages[0].Body) != page1[:40] || string(pages[1].Body) != page1 || string(pages[2].Body) != page1 {
		t.Errorf("bodies %q, %q, %q: want the bytes before the cut", pages[0].Body, pages[1].Body, pages[2].Body)
	}
	wantCut := []string{
		fmt.Sprintf("crawl.warc:record 1: at offset 0: the HTTP response captured for https://example.org/cl is cut off after 40 of %d bytes of its body (the crawler saved it so; the record itself is whole)", len(page1)),
		fmt.Sprintf("crawl.warc:record 2: at offset %d: the HTTP response captured for https://example.org/chunked is cut off after %d bytes of its body (the crawler saved it so; the record itself is whole)", len(rec1), len(page1)),
		fmt.Sprintf("crawl.warc:record 3: at offset %d: the HTTP response captured for https://example.org/gzip is cut off after %d of %d bytes of its body (the crawler saved it so; the record itself is whole)", len(rec1+rec2), len(zipped)-12, len(zipped)),
		"",
	}
	for i, want := range wantCut {
		got := ""
		if err := CutError("crawl.warc", pages[i]); err != nil {
			got = err.Error()
		}
		if got != want {
			t.Errorf("page %d: CutError\n got %s\nwant %s", pages[i].Record, got, want)
		}
	}
	wantBad := "crawl.warc:record 4: at offset " + fmt.Sprint(len(rec1+rec2+rec3)) + ": the HTTP response captured for https://example.org/header is cut off inside its header (the crawler saved it so; the record itself is whole)"
	if len(bads) != 1 || bads[0].Error() != wantBad {
		t.Errorf("bad %q\nwant %s", bads, wantBad)
	}
}

// TestBlankLinesAfterLastRecord: blank lines (CR and LF bytes) after the
// closing of an archive's last record hold no record and are passed over,
// plain or gzip'd (inside the last member or as a member of their own),
// also when the page itself ends in CRLF or CR; other bytes after the
// last record are still a bad record.
func TestBlankLinesAfterLastRecord(t *testing.T) {
	recs := records()
	whole := recs[0] + recs[2] + recs[5]
	crlfBody := record("response", "https://example.org/3", "application/http;msgtype=response", httpResponse("200 OK", "text/html", page2+"\r\n"))
	crBody := record("response", "https://example.org/3", "application/http;msgtype=response", httpResponse("200 OK", "text/html", page2+"\r"))
	const read = "2@-1 https://example.org/1 103; 3@-1 https://example.org/2 69"
	const readCRLF = "2@-1 https://example.org/1 103; 3@-1 https://example.org/3 71"
	const readCR = "2@-1 https://example.org/1 103; 3@-1 https://example.org/3 70"
	for _, tc := range []struct {
		name, data, want, bad string
	}{
		{"one CRLF", whole + "\r\n", read, ""},
		{"one LF", whole + "\n", read, ""},
		{"one CR", whole + "\r", read, ""},
		{"two CRLF", whole + "\r\n\r\n", read, ""},
		{"CRLF LF CR", whole + "\r\n\n\r", read, ""},
		{"ten blank lines", whole + strings.Repeat("\r\n", 10), read, ""},
		{"page ending in CRLF, one CRLF more", recs[0] + recs[2] + crlfBody + "\r\n", readCRLF, ""},
		{"page ending in CRLF, two CRLF more", recs[0] + recs[2] + crlfBody + "\r\n\r\n", readCRLF, ""},
		{"page ending in CR, one LF more", recs[0] + recs[2] + crBody + "\n", readCR, ""},
		{"a letter after a blank line", whole + "\r\nx", read,
			"crawl.warc:record 4: the archive ends inside this record (cut off, or an incomplete download)"},
		{"two hundred blank lines", whole + strings.Repeat("\r\n", 200), read, ""},
		{"blank lines ended in LF", whole + strings.Repeat("\n", 300), read, ""},
	} {
		pages, bads, err := walk(t, "crawl.warc", []byte(tc.data))
		var gotBad []string
		for _, b := range bads {
			gotBad = append(gotBad, b.Error())
		}
		for _, p := range pages {
			if p.Unclosed {
				t.Errorf("%s: %s read as unclosed", tc.name, p.URI)
			}
		}
		if err != nil || summary(pages) != tc.want || strings.Join(gotBad, "; ") != tc.bad {
			t.Errorf("%s: pages %s, bad %q, err %v\nwant %s, bad %q", tc.name, summary(pages), gotBad, err, tc.want, tc.bad)
		}
	}

	// gzip'd, one member a record
	var head bytes.Buffer
	head.Write(gz(recs[0]))
	off2 := head.Len()
	head.Write(gz(recs[2]))
	off3 := head.Len()
	readGz := fmt.Sprintf("2@%d https://example.org/1 103; 3@%d https://example.org/2 69", off2, off3)
	cutBlank := gz("\r\n\r\n")
	cutBlank = cutBlank[:len(cutBlank)-3]
	for _, tc := range []struct {
		name      string
		tail      []byte
		want, bad string
	}{
		{"a member of one CRLF", append(gz(recs[5]), gz("\r\n")...), readGz, ""},
		{"a member of CRLF CRLF LF", append(gz(recs[5]), gz("\r\n\r\n\n")...), readGz, ""},
		{"two members of blank lines", append(append(gz(recs[5]), gz("\n")...), gz("\r\n")...), readGz, ""},
		{"a CRLF more in the last record's member", gz(recs[5] + "\r\n"), readGz, ""},
		{"a member of blank lines between records", append(gz("\r\n"), gz(recs[5])...), readGz, ""},
		{"a member of blank lines cut", append(gz(recs[5]), cutBlank...), readGz,
			fmt.Sprintf("crawl.warc.gz:record 4: at offset %d: the archive ends inside this record (cut off, or an incomplete download)", off3+len(gz(recs[5])))},
	} {
		data := append(append([]byte(nil), head.Bytes()...), tc.tail...)
		pages, bads, err := walk(t, "crawl.warc.gz", data)
		var gotBad []string
		for _, b := range bads {
			gotBad = append(gotBad, b.Error())
		}
		want := tc.want
		if tc.name == "a member of blank lines between records" {
			want = fmt.Sprintf("2@%d https://example.org/1 103; 3@%d https://example.org/2 69", off2, off3+len(gz("\r\n")))
		}
		if err != nil || summary(pages) != want || strings.Join(gotBad, "; ") != tc.bad {
			t.Errorf("gzip, %s: pages %s, bad %q, err %v\nwant %s, bad %q", tc.name, summary(pages), gotBad, err, want, tc.bad)
		}
	}

	// a file whose first member holds only blank lines is no WARC file
	_, _, err := walk(t, "blank.warc.gz", append(gz("\r\n"), gz(recs[2])...))
	if want := "blank.warc.gz: not a WARC file: gzip member does not hold a WARC record (only blank lines)"; err == nil || err.Error() != want {
		t.Errorf("first member blank: err %v\nwant %s", err, want)
	}
}

// cutStream is the records recs gzip'd as one member cut after the first
// keep bytes of their inflated text: the member's bytes up to a flush
// there, without the rest or the gzip trailer (a download cut off).
func cutStream(recs []string, keep int) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(strings.Join(recs, "")[:keep]))
	w.Flush()
	return b.Bytes()
}

// TestWalkCutWholeGzip: a .warc.gz gzip'd whole (one member holding every
// record), cut inside a later record, names that record and where it
// starts in the member inflated, not the member's offset alone ("record
// 6: at offset 0", the first record's place); the pages before it are
// read. A member of several records after one of its own is placed so
// too, at its own offset in the file.
func TestWalkCutWholeGzip(t *testing.T) {
	recs := records()
	at := len(strings.Join(recs[:5], "")) // record 6's start, inflated
	data := cutStream(recs, at+200)
	pages, bads, err := walk(t, "cut.warc.gz", data)
	if err != nil {
		t.Fatal(err)
	}
	if got := summary(pages); got != "3@0 https://example.org/1 103" {
		t.Errorf("pages %s, want record 3's", got)
	}
	want := fmt.Sprintf("cut.warc.gz:record 6: at offset %d of the gzip member at offset 0, inflated: the archive ends inside this record (cut off, or an incomplete download)", at)
	if len(bads) != 1 || bads[0].Error() != want {
		t.Errorf("bad records %q, want [%s]", bads, want)
	}

	first := gz(recs[0])
	data = append(append([]byte{}, first...), cutStream(recs[1:], at-len(recs[0])+200)...)
	_, bads, err = walk(t, "mixed.warc.gz", data)
	want = fmt.Sprintf("mixed.warc.gz:record 6: at offset %d of the gzip member at offset %d, inflated: the archive ends inside this record (cut off, or an incomplete download)", at-len(recs[0]), len(first))
	if err != nil || len(bads) != 1 || bads[0].Error() != want {
		t.Errorf("mixed: err %v, bad records %q, want [%s]", err, bads, want)
	}
	var re *RecordError
	if len(bads) == 1 && (!errors.As(bads[0], &re) || re.Record != 6 || re.Offset != int64(len(first)) || re.InMember != int64(at-len(recs[0]))) {
		t.Errorf("RecordError %+v", re)
	}
}
