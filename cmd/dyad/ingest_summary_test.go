package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/ingest"
)

// TestIngestSummaryWording: a refused input is said so (not "ingested 0
// inputs" alone); --json lists no failures as [] (not null).
func TestIngestSummaryWording(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	missing := filepath.Join(dir, "missing.txt")
	_, errs, code := run(t, "ingest", "--db", db, missing)
	want := "ingested 0 inputs (1 input refused): 0 articles read, 0 added (0 near-duplicates), 0 already stored; 0 new events, 0 mentions; 1 failure (1 input refused, 0 in the inputs read);"
	if code != 1 || !strings.HasPrefix(errs, want) || !strings.Contains(errs, "dyad: 1 input failed (listed above)") {
		t.Errorf("exit %d:\n%s\nwant it to start %s", code, errs, want)
	}
	in := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(in, []byte("DATE: 2024-03-02\n\nNorth Korea fired two ballistic missiles into the sea on Friday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "ingest", "--db", db, "--json", in)
	if code != 0 || !strings.Contains(out, `"failures": [],`) || !strings.Contains(out, `"refused": 0,`) || errs != "" {
		t.Errorf("exit %d, summary:\n%s%s\nwant the JSON summary only, nothing on stderr", code, out, errs)
	}
	in2 := filepath.Join(dir, "b.txt")
	if err := os.WriteFile(in2, []byte("DATE: 2024-03-02\n\nIran expelled two British diplomats on Friday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code = run(t, "ingest", "--db", db, in2)
	if code != 0 || !strings.HasPrefix(errs, "ingested 1 input: 1 article read, 1 added (0 near-duplicates), 0 already stored; 1 new event, 1 mention; 0 failures;") {
		t.Errorf("exit %d, summary:\n%s", code, errs)
	}
}

// TestIngestSummaryStopped: a run the store stopped (a full disk) says
// so after its counts, with what it did not store and did not read.
func TestIngestSummaryStopped(t *testing.T) {
	var b strings.Builder
	printSummary(&b, ingest.Summary{Inputs: 92, Read: 92, Added: 64, Mentions: 80,
		Stopped: "commit: database or disk is full (13)", NotStored: 28, Unread: 108}, false)
	want := "ingested 92 inputs: 92 articles read, 64 added (0 near-duplicates), 0 already stored; 0 new events, 80 mentions; 0 failures; 0.0s (0.0 articles/s)\n" +
		"  stopped early by the error below: 28 articles read were not stored, 108 of 200 inputs not read; run the same command again once it is fixed (the articles stored are skipped)\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	b.Reset()
	printSummary(&b, ingest.Summary{Inputs: 1, Read: 1, Stopped: "context canceled", NotStored: 1}, false)
	if got := strings.SplitN(b.String(), "\n", 2)[1]; got != "  stopped early by the error below: 1 article read was not stored, 0 of 1 input not read; run the same command again once it is fixed (the articles stored are skipped)\n" {
		t.Errorf("one article: %q", got)
	}
}

// TestIngestJSONStoreUnopened: with --json, a store that cannot be opened
// still gives the JSON summary on standard output, the error as "stopped"
// and every source "unread", exit 1; a run to the end has "unread": 0.
func TestIngestJSONStoreUnopened(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(txt, []byte("Kenya and Chile resumed talks on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	junk := filepath.Join(dir, "junk.db")
	if err := os.WriteFile(junk, []byte("not a database at all, just text\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, db := range []string{junk, filepath.Join(dir, "no", "such", "dir", "x.db")} {
		out, errs, code := run(t, "ingest", "--json", "--date", "2024-01-02", "--db", db, txt, txt)
		var sum map[string]any
		if err := json.Unmarshal([]byte(out), &sum); err != nil || code != 1 {
			t.Errorf("%s: exit %d, stdout %q (%v), stderr %q; want the JSON summary and exit 1", db, code, out, err, errs)
			continue
		}
		if s, _ := sum["stopped"].(string); s == "" || !strings.Contains(errs, s) || sum["unread"] != 2.0 || sum["read"] != 0.0 {
			t.Errorf("%s: summary %v; want stopped by the error of stderr %q, unread 2", db, sum, errs)
		}
	}
	out, _, code := run(t, "ingest", "--json", "--date", "2024-01-02", "--db", filepath.Join(dir, "ok.db"), txt)
	if !strings.Contains(out, `"unread": 0`) || code != 0 {
		t.Errorf("a whole run: exit %d, summary %s; want \"unread\": 0", code, out)
	}
}

// TestIngestExamplesFolder: the quick start's "dyad ingest examples/"
// reads the 16 articles and says that the 16 .expected.jsonl files beside
// them hold coded events, not news, not that they are "images, data".
func TestIngestExamplesFolder(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	_, errs, code := run(t, "ingest", "--db", db, filepath.Join("..", "..", "examples"))
	want := "ignored 16 files in folders that hold coded events, not news (JSON Lines of event records, as examples/*.expected.jsonl: the events each example should give)"
	if code != 0 || !strings.Contains(errs, "16 articles read") || !strings.Contains(errs, want) {
		t.Errorf("exit %d, stderr %q; want 16 articles read and %q", code, errs, want)
	}
}

// TestIngestWARCSkipKinds: the responses of a WARC archive that held no
// page are counted by kind in the summary line and in --json's
// "skipped_kinds" (it said "(images, errors)" whatever they were), and
// the warning names redirects and revisits apart from the responses
// skipped; the archive's text/plain story has its host as outlet.
func TestIngestWARCSkipKinds(t *testing.T) {
	dir := t.TempDir()
	rec := func(typ, uri, extra, block string) string {
		return "WARC/1.1\r\nWARC-Type: " + typ + "\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2024-03-04T10:00:00Z\r\n" +
			"WARC-Record-ID: <urn:uuid:" + uri + ">\r\n" + extra + "Content-Type: application/http;msgtype=response\r\n" +
			"Content-Length: " + strconv.Itoa(len(block)) + "\r\n\r\n" + block + "\r\n\r\n"
	}
	resp := func(status, ct, hdr, body string) string {
		return "HTTP/1.1 " + status + "\r\nContent-Type: " + ct + "\r\n" + hdr + "Content-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n" + body
	}
	story := "Iran expelled two British diplomats on Friday, the foreign ministry said.\n"
	warcData := rec("response", "https://www.wirecorp.example/story.txt", "", resp("200 OK", "text/plain; charset=utf-8", "", story)) +
		rec("response", "https://www.wirecorp.example/old", "", resp("301 Moved Permanently", "text/html", "Location: /story.txt\r\n", "")) +
		rec("revisit", "https://www.wirecorp.example/story.txt", "WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest\r\n", "") +
		rec("response", "https://www.wirecorp.example/gone", "", resp("404 Not Found", "text/html", "", "<p>gone</p>")) +
		rec("response", "https://www.wirecorp.example/logo.png", "", resp("200 OK", "image/png", "", "\x89PNG"))
	p := filepath.Join(dir, "crawl.warc")
	if err := os.WriteFile(p, []byte(warcData), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code := run(t, "ingest", "--db", filepath.Join(dir, "a.db"), "--date", "2024-03-04", p)
	for _, want := range []string{
		"dyad: warning: " + p + ": 1 redirect: record 2 https://www.wirecorp.example/old (status 301 → https://www.wirecorp.example/story.txt); " +
			"1 revisit: record 3 https://www.wirecorp.example/story.txt (revisit, same as an earlier capture); " +
			"2 responses skipped, no HTML or text page: record 4 https://www.wirecorp.example/gone (status 404), record 5 https://www.wirecorp.example/logo.png (image/png)\n",
		"\n  skipped 4 responses of WARC archives, no HTML or text page to read: 1 redirect, 1 revisit, 1 error status, " +
			"1 file that is no page (an image, a PDF, robots.txt); named in the warnings above\n",
	} {
		if code != 0 || !strings.Contains(errs, want) {
			t.Errorf("exit %d, stderr:\n%s\nwant it to hold\n%s", code, errs, want)
		}
	}
	out, _, code := run(t, "ingest", "--db", filepath.Join(dir, "b.db"), "--date", "2024-03-04", "--json", p)
	var sum ingest.Summary
	if err := json.Unmarshal([]byte(out), &sum); err != nil || code != 0 || sum.SkippedRecords != 4 ||
		!reflect.DeepEqual(sum.SkippedKinds, map[string]int{"redirect": 1, "revisit": 1, "error": 1, "not a page": 1}) {
		t.Errorf("--json: exit %d, %v, skipped %d by kind %v", code, err, sum.SkippedRecords, sum.SkippedKinds)
	}
	out, _, _ = run(t, "extract", "--jsonl", p)
	if !strings.Contains(out, `"source":"wirecorp.example"`) {
		t.Errorf("the text/plain story has no outlet from its host:\n%s", out)
	}
}

// TestIngestFolderLatin1: a text file in Latin-1 found in a folder (a
// crawl saved so) is read as Windows-1252 with a warning naming it, and
// the folder ingests without a failure (it failed the run); UTF-8 with a
// stray byte in the folder is still a failure naming the byte, and so is
// the Latin-1 file named on its own; the files a quoted pattern matches
// ('crawl/*.txt') are found, as a folder's are.
func TestIngestFolderLatin1(t *testing.T) {
	dir := t.TempDir()
	crawl := filepath.Join(dir, "crawl")
	if err := os.Mkdir(crawl, 0o755); err != nil {
		t.Fatal(err)
	}
	latin := filepath.Join(crawl, "b.txt")
	for name, text := range map[string]string{
		"a.txt": "DATE: 2024-03-04\n\nIran expelled two British diplomats on Friday.\n",
		"b.txt": "DATE: 2024-03-04\n\nPresident Fran\xe7ois Hollande of France met Chancellor Angela Merkel in Berlin on Monday, the caf\xe9 owners said.\n",
	} {
		if err := os.WriteFile(filepath.Join(crawl, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "x.db")
	_, errs, code := run(t, "ingest", "--db", db, crawl)
	warn := "dyad: warning: " + latin + ": not UTF-8: read as Windows-1252 (Latin-1), as a page that declares no charset is; save it as UTF-8 to silence this\n"
	if code != 0 || !strings.Contains(errs, warn) || !strings.Contains(errs, "2 articles read, 2 added") || !strings.Contains(errs, "0 failures") {
		t.Errorf("folder: exit %d, stderr:\n%s\nwant exit 0, 2 articles and %q", code, errs, warn)
	}
	out, _, _ := run(t, "events", "--db", db, "--format", "jsonl")
	if !strings.Contains(out, "François Hollande") {
		t.Errorf("the Latin-1 story's events do not quote it decoded:\n%s", out)
	}
	if err := os.WriteFile(filepath.Join(crawl, "c.txt"), []byte("Kenya thanked Japan for the caf\u00e9 aid and the caf\xe9 loans on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code = run(t, "ingest", "--db", filepath.Join(dir, "y.db"), crawl)
	if code != 1 || !strings.Contains(errs, "c.txt:1: invalid UTF-8 (byte 0xE9 at column") {
		t.Errorf("stray byte in UTF-8: exit %d, stderr:\n%s", code, errs)
	}
	_, errs, code = run(t, "ingest", "--db", filepath.Join(dir, "z.db"), latin)
	if code != 1 || !strings.Contains(errs, latin+":3: invalid UTF-8 (byte 0xE7 at column 15)") {
		t.Errorf("named Latin-1 file: exit %d, stderr:\n%s", code, errs)
	}
	// a quoted pattern's files are found, as a folder's are
	os.Remove(filepath.Join(crawl, "c.txt"))
	_, errs, code = run(t, "ingest", "--db", filepath.Join(dir, "p.db"), filepath.Join(crawl, "*.txt"))
	if code != 0 || !strings.Contains(errs, warn) || !strings.Contains(errs, "2 articles read, 2 added") {
		t.Errorf("pattern: exit %d, stderr:\n%s\nwant exit 0, 2 articles and %q", code, errs, warn)
	}
}

// TestIngestSummaryRepeatedCaptures: the captures of a page read from
// another capture are counted on their own line, apart from the responses
// that held no page, each line without doubled parentheses.
func TestIngestSummaryRepeatedCaptures(t *testing.T) {
	head := "ingested 1 input: 1 article read, 1 added (0 near-duplicates), 0 already stored; 1 new event, 1 mention; 0 failures; 0.0s (0.0 articles/s)\n"
	for _, tc := range []struct {
		name  string
		kinds map[string]int
		want  string
	}{
		{"an earlier capture", map[string]int{"recaptured": 1},
			"  skipped 1 repeated capture of a page in WARC archives, each page read once: 1 earlier capture (a later one read); named in the warnings above\n"},
		{"both kinds", map[string]int{"recaptured": 2, "empty recapture": 1},
			"  skipped 3 repeated captures of pages in WARC archives, each page read once: 2 earlier captures (a later one read), 1 later capture with no story text (an earlier one read); named in the warnings above\n"},
		{"with responses that held no page", map[string]int{"redirect": 1, "not a page": 2, "empty recapture": 1},
			"  skipped 3 responses of WARC archives, no HTML or text page to read: 1 redirect, 2 files that are no page (images, PDFs, robots.txt); named in the warnings above\n" +
				"  skipped 1 repeated capture of a page in WARC archives, each page read once: 1 later capture with no story text (an earlier one read); named in the warnings above\n"},
	} {
		n := 0
		for _, k := range tc.kinds {
			n += k
		}
		var b strings.Builder
		printSummary(&b, ingest.Summary{Inputs: 1, Read: 1, Added: 1, Events: 1, Mentions: 1, SkippedRecords: n, SkippedKinds: tc.kinds}, false)
		if b.String() != head+tc.want {
			t.Errorf("%s: got\n%s\nwant\n%s", tc.name, b.String(), head+tc.want)
		}
	}
}

// TestIngestSummaryFailures: the summary's failures count says how many
// are inputs refused unread, counted in the head apart: "ingested 8
// inputs (1 input refused): … 8 failures" read as if every input read had
// failed, while 7 had and one (a page cut off) was stored.
func TestIngestSummaryFailures(t *testing.T) {
	tests := []struct {
		failures, refused int
		want              string
	}{
		{0, 0, "0 failures;"},
		{3, 0, "3 failures;"},
		{8, 1, "8 failures (1 input refused, 7 in the inputs read);"},
		{1, 1, "1 failure (1 input refused, 0 in the inputs read);"},
		{5, 2, "5 failures (2 inputs refused, 3 in the inputs read);"},
	}
	for _, tt := range tests {
		s := ingest.Summary{Inputs: 8, Refused: tt.refused, Failures: make([]ingest.Failure, tt.failures)}
		var b strings.Builder
		printSummary(&b, s, false)
		if !strings.Contains(b.String(), "; "+tt.want) {
			t.Errorf("%d failures, %d refused: %q, want %q", tt.failures, tt.refused, b.String(), tt.want)
		}
	}
}

// TestIngestSummaryUnfinished: a run interrupted inside an input names it
// partly read, with how many of its articles are stored; it said "0 of 1
// input not read" alone, as if the input were finished.
func TestIngestSummaryUnfinished(t *testing.T) {
	var b strings.Builder
	printSummary(&b, ingest.Summary{Inputs: 1, Read: 10432, Added: 9984, Stopped: "interrupted (interrupt signal received)", NotStored: 448,
		Unfinished: []ingest.Unfinished{{Input: "big.jsonl", Read: 10432, Stored: 9984}}}, false)
	want := "  interrupted (interrupt signal received): 448 articles read were not stored, 0 of 1 input not read; big.jsonl partly read, not finished (9984 of its articles stored); run the same command again to complete the run (the articles stored are skipped)\n"
	if got := strings.SplitN(b.String(), "\n", 2)[1]; got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	b.Reset()
	printSummary(&b, ingest.Summary{Inputs: 5, Read: 300, Added: 200, Stopped: "interrupted (interrupt signal received)", NotStored: 100,
		Unfinished: []ingest.Unfinished{{Input: "a.jsonl", Read: 150, Stored: 100}, {Input: "b.txt", Read: 1, Stored: 0, ReadToEnd: true},
			{Input: "c.jsonl", Read: 9, Stored: 1}, {Input: "d.jsonl", Read: 0, Stored: 0}}}, false)
	want = "  interrupted (interrupt signal received): 100 articles read were not stored, 0 of 5 inputs not read; a.jsonl partly read, not finished (100 of its articles stored); b.txt read, not all stored (0 of its articles stored); c.jsonl partly read, not finished (1 of its articles stored); 1 more input not finished; run the same command again to complete the run (the articles stored are skipped)\n"
	if got := strings.SplitN(b.String(), "\n", 2)[1]; got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// several inputs, each named as it is alone (README): a.txt was "read
	// (0 of its articles stored)", held.html "not read (0 stored)"
	b.Reset()
	printSummary(&b, ingest.Summary{Inputs: 1, Read: 1, Stopped: "interrupted (interrupt signal received)", NotStored: 1, Unread: 1,
		Unfinished: []ingest.Unfinished{{Input: "a.txt", Read: 1, ReadToEnd: true}, {Input: "held.html"}}}, false)
	want = "  interrupted (interrupt signal received): 1 article read was not stored, 1 of 2 inputs not read; a.txt read, not all stored (0 of its articles stored); held.html not read (stopped while waiting on it); run the same command again to complete the run (the articles stored are skipped)\n"
	if got := strings.SplitN(b.String(), "\n", 2)[1]; got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	b.Reset()
	printSummary(&b, ingest.Summary{Inputs: 1, Read: 1, Stopped: "interrupted (interrupt signal received)", NotStored: 1,
		Unfinished: []ingest.Unfinished{{Input: "a.txt", Read: 1, Stored: 0, ReadToEnd: true}}}, false)
	want = "  interrupted (interrupt signal received): 1 article read was not stored, 0 of 1 input not read; a.txt read, not all stored (0 of its articles stored); run the same command again to complete the run (the articles stored are skipped)\n"
	if got := strings.SplitN(b.String(), "\n", 2)[1]; got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// a slow URL the run stopped waiting on: not read, and named
	b.Reset()
	printSummary(&b, ingest.Summary{Inputs: 1, Read: 1, Added: 1, Stopped: "interrupted (interrupt signal received)", Unread: 1,
		Unfinished: []ingest.Unfinished{{Input: "https://example.org/slow"}}}, false)
	want = "  interrupted (interrupt signal received): 0 articles read were not stored, 1 of 2 inputs not read; https://example.org/slow not read (stopped while waiting on it); run the same command again to complete the run (the articles stored are skipped)\n"
	if got := strings.SplitN(b.String(), "\n", 2)[1]; got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestIngestSummaryIgnoredWarned: the summary's count of files ignored
// says that some were warned of (a named pipe, a broken symbolic link),
// which are no "images, data" nor folders linked twice.
func TestIngestSummaryIgnoredWarned(t *testing.T) {
	var b strings.Builder
	printSummary(&b, ingest.Summary{Inputs: 1, Read: 1, Added: 1, Ignored: 3}, false)
	want := "  ignored 3 files in folders that are not news (images, data, documentation, a folder reached again through a link; see dyad ingest --help; any pipe or broken link among them is named in a warning above)\n"
	if got := strings.SplitN(b.String(), "\n", 2)[1]; got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
