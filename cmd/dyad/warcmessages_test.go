package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// warcRecordCL is one WARC response record holding the HTTP response
// head+body, its WARC Content-Length adjusted by extra (0 for a right one).
func warcRecordCL(uri, head, body string, extra int) string {
	http := head + "\r\n" + body
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-03-04T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"+
		"Content-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", uri, uri, len(http)+extra, http)
}

// TestWARCOneMessagePerRecord: each bad or cut record of an archive is
// said once, by dyad code and dyad extract alike: a response cut before
// the first byte of its body (or inside its gzip header) is its cut
// alone, "nothing came before the cut" (it was "empty input" and the cut,
// "no story text before the cut, its title alone printed"); a record
// whose Content-Length is too small quotes a short excerpt and says the
// bytes skipped to the next record, whose page is coded; a body labelled
// chunked but saved de-chunked is coded whole.
func TestWARCOneMessagePerRecord(t *testing.T) {
	dir := t.TempDir()
	story := "<html><head><title>Talks</title></head><body><p>Kenyan envoys met Chilean officials in Geneva on Monday.</p></body></html>"
	empty := warcRecordCL("https://example.org/empty", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 500\r\n", "", 0)
	gzipCut := warcRecordCL("https://example.org/gz", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: 500\r\n", "\x1f\x8b\x08\x00", 0)
	shortHead := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n", len(story))
	short := warcRecordCL("https://example.org/short", shortHead, story, -len(story)-20)
	dechunked := warcRecordCL("https://example.org/dechunked", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n", story, 0)
	p := filepath.Join(dir, "crawl.warc")
	if err := os.WriteFile(p, []byte(empty+gzipCut+short+dechunked), 0o644); err != nil {
		t.Fatal(err)
	}
	cut := func(n, at int, uri string, got int) string {
		return fmt.Sprintf("dyad: %s:record %d: at offset %d: the HTTP response captured for %s is cut off after %d of 500 bytes of its body (the crawler saved it so; the record itself is whole): nothing came before the cut; the input counts as failed\n", p, n, at, uri, got)
	}
	want := cut(1, 0, "https://example.org/empty", 0) + cut(2, len(empty), "https://example.org/gz", 4) +
		fmt.Sprintf("dyad: %s:record 3: at offset %d: the record's content runs on past its Content-Length (%d bytes): \"tent-Length: %d\" follows where the blank lines closing it should be; %d bytes skipped to the next record, at offset %d\n",
			p, len(empty)+len(gzipCut), len(shortHead)+2-20, len(story), len(short), len(empty)+len(gzipCut)+len(short)) +
		"dyad: 1 of 1 input failed\n"
	for _, args := range [][]string{{"code", "--format", "json", p}, {"extract", "--jsonl", p}} {
		out, errs, code := run(t, args...)
		if code != 1 || errs != want {
			t.Errorf("%s: exit %d, stderr\n%s\nwant exit 1,\n%s", args[0], code, errs, want)
		}
		if !strings.Contains(out, "Kenyan envoys met Chilean officials in Geneva on Monday.") {
			t.Errorf("%s: stdout\n%s\nwant the de-chunked page's story", args[0], out)
		}
	}
}

// TestWARCRecordNamedAlike: dyad code and dyad ingest name a bad record
// of an archive alike, as its articles are named (Article.Input,
// "crawl.warc.gz:record 2"): dyad code said "crawl.warc.gz: record 2 at
// offset 310: …" where dyad ingest listed "crawl.warc.gz:record 2: at
// offset 310: …".
func TestWARCRecordNamedAlike(t *testing.T) {
	dir := t.TempDir()
	page := "<html><head><title>Talks</title></head><body><p>Kenyan envoys met Chilean officials in Geneva on Monday.</p></body></html>"
	first := gz(warcRec("https://example.org/a", page, ""))
	second := gz(warcRec("https://example.org/b", page, ""))
	p := filepath.Join(dir, "crawl.warc.gz")
	if err := os.WriteFile(p, append(first, second[:len(second)/2]...), 0o644); err != nil {
		t.Fatal(err)
	}
	said := fmt.Sprintf("%s:record 2: at offset %d: the archive ends inside this record (cut off, or an incomplete download)", p, len(first))
	if _, errs, code := run(t, "code", "--format", "json", p); code != 1 || !strings.Contains(errs, "dyad: "+said+"\n") {
		t.Errorf("code: exit %d, stderr\n%s\nwant exit 1 and\ndyad: %s", code, errs, said)
	}
	if _, errs, code := run(t, "ingest", "--db", filepath.Join(dir, "a.db"), p); code != 1 || !strings.Contains(errs, "failed: "+said+"\n") {
		t.Errorf("ingest: exit %d, stderr\n%s\nwant exit 1 and\nfailed: %s", code, errs, said)
	}
}
