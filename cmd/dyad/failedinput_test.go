package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestCutOffPageNotUndated: a page cut off is said to be so and fails;
// it is not also warned of as having no publication date.
func TestCutOffPageNotUndated(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "cut.html")
	if err := os.WriteFile(page, []byte("<!doctype html><html><head><title>Kenya and Chile resume flights</title></head><body>"+
		"<p>Kenya and Chile agreed on Monday to resume direct flights between their capitals.</p><p>Officials said the first"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code := run(t, "code", "--format", "table", page)
	want := "dyad: " + page + ":1: HTML page cut off after 1 paragraph (it opens <html> or <body> and never closes it): coded up to the cut; the input counts as failed\n" +
		"dyad: 1 of 1 input failed\n"
	if code != 1 || errs != want {
		t.Errorf("exit %d, standard error:\n%s\nwant:\n%s", code, errs, want)
	}
}

// TestCutOffTinyPage: a one-paragraph page cut off before </body> is
// treated alike by the three commands: code gives its event and extract
// its article, each saying the page was cut and what it did, exit 1;
// ingest stores it up to the cut, with a warning saying so, exit 0. A page of one sentence that declares
// no language is labelled with none (it was "fi").
func TestCutOffTinyPage(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "cut.html")
	if err := os.WriteFile(page, []byte("<html><body><p>Russia attacked Ukraine on Monday, officials said.</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	cut := page + ":1: HTML page cut off after 1 paragraph (it opens <html> or <body> and never closes it)"
	out, errs, code := run(t, "code", "--format", "json", "--date", "2024-03-04", page)
	if code != 1 || !strings.Contains(out, `"cameo":"190"`) || !strings.Contains(errs, cut+": coded up to the cut; the input counts as failed") {
		t.Errorf("code: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	out, errs, code = run(t, "extract", page)
	if code != 1 || !strings.Contains(out, "Russia attacked Ukraine") || strings.Contains(out, `"language"`) ||
		!strings.Contains(errs, cut+": printed up to the cut; the input counts as failed") {
		t.Errorf("extract: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	_, errs, code = run(t, "ingest", "--db", filepath.Join(dir, "n.db"), "--date", "2024-03-04", page)
	if code != 0 || !strings.Contains(errs, "dyad: warning: "+cut+": stored up to the cut") || !strings.Contains(errs, "1 added") {
		t.Errorf("ingest: exit %d, stderr %q", code, errs)
	}
}

// TestEmptyJSONLInput: a JSON Lines file with no record (empty, or blank
// lines only) fails as an empty text file does, "empty input", exit 1,
// in dyad extract and dyad code alike (their JSON Lines input is streamed).
func TestEmptyJSONLInput(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ name, data string }{
		{"empty.jsonl", ""},
		{"blank.jsonl", "\n\n  \n"},
		{"blank.ndjson", "\r\n"},
	} {
		f := filepath.Join(dir, tc.name)
		if err := os.WriteFile(f, []byte(tc.data), 0o644); err != nil {
			t.Fatal(err)
		}
		want := "dyad: " + f + ": empty input\ndyad: 1 of 1 input failed\n"
		for _, cmd := range [][]string{{"extract", f}, {"extract", "--input", "jsonl", f}, {"code", f}} {
			out, errs, code := run(t, cmd...)
			if code != 1 || out != "" || errs != want {
				t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 1, %q", cmd, code, out, errs, want)
			}
		}
	}
}

// TestWARCCutOffFailure: a WARC archive that ends inside a record, plain
// or gzip'd, is said to do so by code and ingest alike — "the archive ends
// inside this record (cut off, or an incomplete download)", not the
// reader's "copying content: EOF" — and the story before the cut is read.
func TestWARCCutOffFailure(t *testing.T) {
	dir := t.TempDir()
	story := warcResponse("http://example.org/a", "200 OK", "text/html", "<html><body><p>Kenya recalled its ambassador to Uganda on Wednesday, officials said.</p></body></html>")
	next := warcResponse("http://example.org/b", "200 OK", "text/html", "<html><body><p>Chile expelled two Peruvian diplomats on Tuesday.</p></body></html>")
	why := "the archive ends inside this record (cut off, or an incomplete download)"
	for _, tc := range []struct{ name, at string }{
		{"cut.warc", fmt.Sprintf(":record 2: at offset %d: ", len(story))},
		{"cut.warc.gz", fmt.Sprintf(":record 2: at offset %d: ", len(gz(story)))},
	} {
		data := append(append([]byte{}, story...), next[:len(next)-40]...)
		if strings.HasSuffix(tc.name, ".gz") {
			g := gz(next)
			data = append(gz(story), g[:len(g)/2]...)
		}
		p := writeFile(t, dir, tc.name, data)
		out, errs, code := run(t, "code", "--format", "json", "--date", "2024-05-01", p)
		if code != 1 || !strings.Contains(out, `"cameo":"161"`) || !strings.Contains(errs, p+":record 2") || !strings.Contains(errs, why) {
			t.Errorf("code %s: exit %d, stdout %q, stderr %q", tc.name, code, out, errs)
		}
		_, errs, code = run(t, "ingest", "--db", filepath.Join(dir, tc.name+".db"), "--date", "2024-05-01", p)
		if code != 1 || !strings.Contains(errs, "failed: "+p+tc.at+why+"\n") {
			t.Errorf("ingest %s: exit %d, stderr %q", tc.name, code, errs)
		}
	}
}

// TestIngestSameAddressInTwoArchives: a page whose address an earlier
// archive of the same run stored is skipped with a warning naming the
// address and the capture kept (the first stored); a re-run, which finds
// both stored by an earlier run, skips them silently.
func TestIngestSameAddressInTwoArchives(t *testing.T) {
	dir := t.TempDir()
	one := writeFile(t, dir, "one.warc", warcResponse("https://example.org/kenya", "200 OK", "text/html",
		"<html><body><p>Kenya recalled its ambassador to Uganda on Wednesday, officials said.</p></body></html>"))
	two := writeFile(t, dir, "two.warc", warcResponse("https://example.org/kenya", "200 OK", "text/html",
		"<html><body><p>Kenya expelled two Ugandan diplomats on Wednesday, officials said.</p></body></html>"))
	db := filepath.Join(dir, "a.db")
	want := "dyad: warning: " + two + ":record 1: https://example.org/kenya was stored from " + one +
		":record 1 earlier in this run; the first stored is kept, this one is not stored (one article an address)\n"
	_, errs, code := run(t, "ingest", "--db", db, "--date", "2024-05-01", one, two)
	if code != 0 || !strings.Contains(errs, want) || !strings.Contains(errs, "1 added (0 near-duplicates), 1 already stored") {
		t.Errorf("first run: exit %d, stderr:\n%s\nwant it to hold\n%s", code, errs, want)
	}
	_, errs, code = run(t, "ingest", "--db", db, "--date", "2024-05-01", one, two)
	if code != 0 || strings.Contains(errs, "warning") || !strings.Contains(errs, "0 added (0 near-duplicates), 2 already stored") {
		t.Errorf("re-run: exit %d, stderr:\n%s", code, errs)
	}
}

// TestWARCUnclosedLastRecord: an archive whose last record lacks the
// closing blank lines loses no page: code and ingest read it (exit 0) and
// warn, naming the record and its address. A 3-byte "WAR" file is said to
// be cut off, not to hold no page.
func TestWARCUnclosedLastRecord(t *testing.T) {
	dir := t.TempDir()
	story := warcResponse("http://example.org/a", "200 OK", "text/html", "<html><body><p>Kenya recalled its ambassador to Uganda on Wednesday, officials said.</p></body></html>")
	next := warcResponse("http://example.org/b", "200 OK", "text/html", "<html><body><p>Chile expelled two Peruvian diplomats on Tuesday, officials said.</p></body></html>")
	p := writeFile(t, dir, "noend.warc", append(story, next[:len(next)-4]...))
	warning := "dyad: warning: " + p + ":record 2 (http://example.org/b): the archive ends without the blank lines that close this record; its content is whole and was read\n"
	out, errs, code := run(t, "code", "--format", "json", "--date", "2024-05-01", p)
	if code != 0 || !strings.Contains(out, `"cameo":"161"`) || !strings.Contains(out, `"text":"Chile expelled two Peruvian diplomats on Tuesday, officials said."`) || errs != warning {
		t.Errorf("code: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	_, errs, code = run(t, "ingest", "--db", filepath.Join(dir, "a.db"), "--date", "2024-05-01", p)
	if code != 0 || !strings.HasPrefix(errs, warning) || !strings.Contains(errs, "2 articles read, 2 added") {
		t.Errorf("ingest: exit %d, stderr %q", code, errs)
	}
	war := writeFile(t, dir, "x.warc", []byte("WAR"))
	_, errs, code = run(t, "code", war)
	if want := "dyad: " + war + ": cut off after 3 bytes, inside its first record (a WARC file starts \"WARC/\")\ndyad: 1 of 1 input failed\n"; code != 1 || errs != want {
		t.Errorf("WAR: exit %d, stderr %q, want %q", code, errs, want)
	}
}

// TestWARCCapturedResponseCut: a whole WARC record whose HTTP response
// the crawler saved cut off (its body shorter than its Content-Length) is
// treated as a page a server cut off: code codes it up to the cut and
// extract prints it, less the sentence the cut left unfinished, each naming the record and the bytes that came,
// exit 1; ingest stores none of it. It was thrown away unread. The next
// record is read.
func TestWARCCapturedResponseCut(t *testing.T) {
	dir := t.TempDir()
	page := "<html><body><p>Kenya recalled its ambassador to Uganda on Wednesday, officials said.</p><p>The ministry gave no further"
	full := page + " details.</p></body></html>"
	resp := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(full), page)
	rec := fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/a\r\nWARC-Date: 2024-03-06T00:00:00Z\r\n"+
		"Content-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(resp), resp)
	next := warcResponse("http://example.org/b", "200 OK", "text/html", "<html><body><p>Chile expelled two Peruvian diplomats on Tuesday, officials said.</p></body></html>")
	p := writeFile(t, dir, "cut.warc", append([]byte(rec), next...))
	cut := fmt.Sprintf("dyad: %s:record 1: at offset 0: the HTTP response captured for http://example.org/a is cut off after %d of %d bytes of its body (the crawler saved it so; the record itself is whole)", p, len(page), len(full))

	out, errs, code := run(t, "code", "--format", "json", "--date", "2024-05-01", p)
	want := cut + ": 1 paragraph before the cut coded; the input counts as failed\ndyad: 1 of 1 input failed\n"
	if code != 1 || !strings.Contains(out, `"text":"Kenya recalled its ambassador to Uganda on Wednesday, officials said."`) ||
		!strings.Contains(out, `"text":"Chile expelled two Peruvian diplomats on Tuesday, officials said."`) || errs != want {
		t.Errorf("code: exit %d, stdout %q, stderr:\n%s\nwant:\n%s", code, out, errs, want)
	}
	out, errs, code = run(t, "extract", p)
	if want := cut + ": 1 paragraph before the cut printed; the input counts as failed\n"; code != 1 || strings.Contains(out, "The ministry gave no further") || !strings.HasPrefix(errs, want) {
		t.Errorf("extract: exit %d, stdout %q, stderr:\n%s\nwant first:\n%s", code, out, errs, want)
	}
	_, errs, code = run(t, "ingest", "--db", filepath.Join(dir, "n.db"), "--date", "2024-05-01", p)
	want = fmt.Sprintf("%s:record 1: the HTTP response captured for http://example.org/a is cut off after %d of %d bytes of its body (the crawler saved it so; the record itself is whole): not stored; ingest the whole page", p, len(page), len(full))
	if code != 1 || !strings.Contains(errs, want) || !strings.Contains(errs, "1 article read, 1 added") {
		t.Errorf("ingest: exit %d, stderr:\n%s\nwant in it:\n%s", code, errs, want)
	}
}

// TestIngestFeedItemsAtOneAddress: a feed that gives one item (one link
// and one guid) four times, its text changing, stores the first and warns
// of the second at once and of the rest in one warning when the run ends;
// it warned once an item (2,999 lines for a feed of 3,000). (Items at one
// link with guids or titles of their own are other articles:
// TestIngestFeedItemsSharingLink.)
func TestIngestFeedItemsAtOneAddress(t *testing.T) {
	dir := t.TempDir()
	var items strings.Builder
	for i, text := range []string{"Kenya recalled its ambassador to Uganda.", "Chile expelled two Peruvian diplomats.", "Peru protested to Chile.", "Uganda summoned the Kenyan envoy."} {
		fmt.Fprintf(&items, "<item><title>Item %d</title><link>https://example.org/live</link><guid isPermaLink=\"false\">live</guid><pubDate>Wed, 01 May 2024 10:00:00 GMT</pubDate><description>%s</description></item>", i+1, text)
	}
	feed := writeFile(t, dir, "live.xml", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>`+items.String()+`</channel></rss>`))
	_, errs, code := run(t, "ingest", "--db", filepath.Join(dir, "a.db"), feed)
	// (the items named "FILE item N": "FILE:2" read as a line)
	first := "dyad: warning: " + feed + " item 2: https://example.org/live was stored from " + feed + " item 1 earlier in this run; the first stored is kept, this one is not stored (one article an address)\n"
	rest := "dyad: warning: " + feed + ": 2 more articles at https://example.org/live (the last " + feed + " item 4) were not stored: the address's article was stored from " + feed + " item 1 earlier in this run (one article an address)\n"
	if code != 0 || !strings.Contains(errs, first) || !strings.Contains(errs, rest) || strings.Count(errs, "warning") != 2 || !strings.Contains(errs, "1 added (0 near-duplicates), 3 already stored") {
		t.Errorf("exit %d, stderr:\n%s\nwant the warnings\n%s%s", code, errs, first, rest)
	}
}

// TestIngestFeedItemsSharingLink: the updates of a live page, feed items
// with one link but their own guids (or, without guids, their own titles),
// are stored each with its events; the second was dropped as the first's
// article ("one article an address").
func TestIngestFeedItemsSharingLink(t *testing.T) {
	dir := t.TempDir()
	feed := writeFile(t, dir, "live.xml", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Ruritania Wire</title>
<item><title>Update 1</title><link>https://wire.example/live</link><guid isPermaLink="false">live-1</guid><pubDate>Wed, 01 May 2024 10:00:00 GMT</pubDate><description>Kenya recalled its ambassador to Uganda on Wednesday.</description></item>
<item><title>Update 2</title><link>https://wire.example/live</link><guid isPermaLink="false">live-2</guid><pubDate>Wed, 01 May 2024 11:00:00 GMT</pubDate><description>Chile expelled two Peruvian diplomats on Wednesday.</description></item>
<item><title>Update 3</title><link>https://wire.example/live</link><pubDate>Wed, 01 May 2024 12:00:00 GMT</pubDate><description>Uganda summoned the Kenyan envoy on Wednesday.</description></item>
<item><title>Update 4</title><link>https://wire.example/live</link><pubDate>Wed, 01 May 2024 13:00:00 GMT</pubDate><description>Peru protested to Chile on Wednesday.</description></item>
</channel></rss>`))
	db := filepath.Join(dir, "a.db")
	_, errs, code := run(t, "ingest", "--db", db, feed)
	if code != 0 || strings.Contains(errs, "warning") || !strings.Contains(errs, "4 articles read, 4 added (0 near-duplicates), 0 already stored") {
		t.Errorf("ingest: exit %d, stderr:\n%s", code, errs)
	}
	out, errs, code := run(t, "export", "--db", db, "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) == 0 {
		t.Fatalf("export: exit %d, %v:\n%s%s", code, err, out, errs)
	}
	var got []string
	for _, r := range rows[1:] { // source_code, cameo, target_code
		got = append(got, r[7]+" "+r[17]+" "+r[12])
	}
	slices.Sort(got)
	if want := []string{"CHL 161 PERGOV", "KEN 161 UGA", "PER 114 CHL", "UGA 114 KENGOV"}; !slices.Equal(got, want) {
		t.Errorf("events %q, want %q", got, want)
	}
	_, errs, code = run(t, "ingest", "--db", db, feed)
	if code != 0 || !strings.Contains(errs, "4 articles read, 0 added (0 near-duplicates), 4 already stored") {
		t.Errorf("ingest again: exit %d, stderr:\n%s", code, errs)
	}
}
