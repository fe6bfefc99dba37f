package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestHumanOutputEscapesControlCharacters: control characters of an
// article (ESC, \x01, BEL) reach the table, --why's set-aside lines and the
// messages naming an input escaped ("\x1b"), never raw, so that an input
// cannot recolour, clear or retitle the user's terminal. (A text input's
// colour sequences, ESC [ … m, and complete OSC sequences, ESC ] … BEL,
// are removed as it is read, with a warning: the ESCs here open another
// kind, a switch to line-drawing characters, and an OSC with no end on
// its line, kept.)
func TestHumanOutputEscapesControlCharacters(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "ctrl.txt", []byte("Russia\x01 attacked\x1b(0 Ukraine on Monday.\n"+
		"Someone\x07\x1b]0;pwned condemned the strikes on Monday.\n"))
	missing := filepath.Join(dir, "gone\x1b[2J.txt")
	out, errs, code := run(t, "code", "--format", "table", "--why", "--date", "2024-01-01", p, missing)
	if code != 1 {
		t.Errorf("exit %d, want 1 (a missing input)", code)
	}
	for name, s := range map[string]string{"stdout": out, "stderr": errs} {
		if strings.ContainsAny(s, "\x01\x07\x1b") {
			t.Errorf("%s holds raw control characters: %q", name, s)
		}
	}
	for _, want := range []string{`Russia\x01 attacked\x1b(0 Ukraine on Monday.`} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	for _, want := range []string{`set aside: no actor named in the sentence: Someone\x07\x1b]0;pwned condemned`, `gone\x1b[2J.txt`} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
}

// warcResponse is a WARC response record of an HTTP status and content
// type.
func warcResponse(uri, status, ctype, body string) []byte {
	resp := fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, ctype, len(body), body)
	return []byte(fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-03-06T00:00:00Z\r\n"+
		"Content-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", uri, len(resp), resp))
}

// TestWARCTextPagesAndSkips: a WARC archive's text/plain responses are
// read as articles by ingest and code alike, and the responses that hold
// no page (an image, a 404) are counted and named, never silently lost.
func TestWARCTextPagesAndSkips(t *testing.T) {
	dir := t.TempDir()
	var data []byte
	data = append(data, gz(warcResponse("http://example.org/img.png", "200 OK", "image/png", "\x89PNG"))...)
	data = append(data, gz(warcResponse("http://example.org/story.txt", "200 OK", "text/plain", "China criticised Japan on Monday."))...)
	data = append(data, gz(warcResponse("http://example.org/gone.html", "404 Not Found", "text/html", "<p>gone</p>"))...)
	p := writeFile(t, dir, "crawl.warc.gz", data)
	warning := "dyad: warning: " + p + ": 2 responses skipped, no HTML or text page: record 1 http://example.org/img.png (image/png), record 3 http://example.org/gone.html (status 404)"
	out, errs, code := run(t, "code", "--format", "json", p)
	if code != 0 || !strings.Contains(out, `"cameo":"111"`) || !strings.Contains(errs, warning) {
		t.Errorf("code: exit %d, stdout %q, stderr %q; want CHN 111 JPN and %q", code, out, errs, warning)
	}
	db := filepath.Join(dir, "w.db")
	out, errs, code = run(t, "ingest", "--json", "--db", db, p)
	var sum struct {
		Read           int `json:"read"`
		SkippedRecords int `json:"skipped_records"`
	}
	if err := json.Unmarshal([]byte(out), &sum); err != nil || code != 0 || sum.Read != 1 || sum.SkippedRecords != 2 || !strings.Contains(errs, warning) {
		t.Errorf("ingest: exit %d, %+v (%v), stderr %q; want 1 read, 2 skipped records and the warning", code, sum, err, errs)
	}
}

// TestWhyEscapesArticleID: --why's set-aside lines name the article by
// its id, which a JSON Lines input gives: an id holding a newline stays on
// its line, one holding an OSC sequence is escaped.
func TestWhyEscapesArticleID(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "ids.jsonl", []byte(`{"id":"a1\n2024-01-01 USA 190 RUS forged","text":"Someone condemned the strikes on Monday."}`+"\n"+
		`{"id":"b2\u001b]0;pwned\u0007","text":"Someone denounced the raid on Tuesday."}`+"\n"))
	out, errs, code := run(t, "code", "--format", "table", "--why", "--date", "2024-01-01", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, line := range strings.Split(strings.TrimSpace(errs), "\n") {
		if !strings.HasPrefix(line, "dyad: ") {
			t.Errorf("stderr line %q does not start a message: an id broke a line", line)
		}
	}
	if strings.ContainsAny(out+errs, "\x07\x1b") || !strings.Contains(errs, `dyad: b2\x1b]0;pwned\x07 sentence`) {
		t.Errorf("the id is raw or missing:\n%q\n%q", out, errs)
	}
}

// TestGzipWARCWithoutName: a .warc.gz read whole with no name to go by
// (standard input, a URL, a file not named .warc.gz) is sniffed by its
// first gzip member and walked as an archive, page by page, by code and
// ingest alike; it was read as one garbage page.
func TestGzipWARCWithoutName(t *testing.T) {
	dir := t.TempDir()
	var data []byte
	data = append(data, gz(warcResponse("http://example.org/img.png", "200 OK", "image/png", "\x89PNG"))...)
	data = append(data, gz(warcResponse("http://example.org/story.txt", "200 OK", "text/plain", "China criticised Japan on Monday."))...)
	data = append(data, gz(warcResponse("http://example.org/b.html", "200 OK", "text/html", "<html><body><p>Kenya thanked Chile for flood relief on Tuesday.</p></body></html>"))...)
	p := writeFile(t, dir, "capture.bin", data)
	out, errs, code := run(t, "code", "--format", "json", "--date", "2024-03-06", p)
	if code != 0 || strings.Count(out, "\n") != 2 || !strings.Contains(out, `"cameo":"111"`) || !strings.Contains(out, `"cameo":"051"`) {
		t.Errorf("code: exit %d, stdout %q, stderr %q; want two events (CHN 111 JPN, KEN 051 CHL)", code, out, errs)
	}
	out, errs, code = run(t, "ingest", "--json", "--db", filepath.Join(dir, "w.db"), p)
	var sum struct {
		Read           int `json:"read"`
		SkippedRecords int `json:"skipped_records"`
	}
	if err := json.Unmarshal([]byte(out), &sum); err != nil || code != 0 || sum.Read != 2 || sum.SkippedRecords != 1 {
		t.Errorf("ingest: exit %d, %+v (%v), stderr %q; want 2 read, 1 skipped record", code, sum, err, errs)
	}
}
