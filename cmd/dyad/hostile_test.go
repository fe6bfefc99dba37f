package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// The hostile-input suite: every input here is generated in t.TempDir().
// Each must give a clear error naming the input (and line) or best-effort
// output — never a panic, a hang or unbounded memory. Cases too slow for a
// routine run today (see the comments) run only with DYAD_HOSTILE_FULL=1.

// hostileRun is one run of the command line with its peak heap growth.
type hostileRun struct {
	stdout, stderr string
	code           int
	peak           uint64 // peak HeapInuse above the starting heap, bytes
	elapsed        time.Duration
}

// hostile runs dyad args in-process, sampling the heap, and fails the test
// (with every goroutine's stack) when it does not finish within four times
// limit or its heap grows by more than maxHeap bytes. limit is about what the
// run takes on an idle machine; the guard is for hangs and runaway
// (quadratic) work, not speed, and go test runs packages side by side, so a
// busy machine must not fail it.
func hostile(t *testing.T, limit time.Duration, maxHeap uint64, args ...string) hostileRun {
	t.Helper()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapInuse
	var peak uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		var m runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				runtime.ReadMemStats(&m)
				if m.HeapInuse > base && m.HeapInuse-base > peak {
					peak = m.HeapInuse - base
				}
			}
		}
	}()
	// Some commands report failures on os.Stderr directly: capture it too.
	errf, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	realStderr := os.Stderr
	os.Stderr = errf
	defer func() { os.Stderr = realStderr }()
	done := make(chan hostileRun, 1)
	start := time.Now()
	go func() {
		out, errs, code := run(t, args...)
		done <- hostileRun{stdout: out, stderr: errs, code: code}
	}()
	var r hostileRun
	select {
	case r = <-done:
	case <-time.After(4 * limit):
		close(stop)
		buf := make([]byte, 1<<20)
		n := runtime.Stack(buf, true)
		t.Fatalf("dyad %s did not finish within %v (hang?); goroutines:\n%s", strings.Join(args, " "), 4*limit, buf[:n])
	}
	r.elapsed = time.Since(start)
	os.Stderr = realStderr
	if direct, err := os.ReadFile(errf.Name()); err == nil {
		r.stderr = string(direct) + r.stderr
	}
	close(stop)
	<-sampled
	r.peak = peak
	t.Logf("dyad %s: exit %d in %v, peak heap +%d MiB", shortArgs(args), r.code, r.elapsed.Round(time.Millisecond), r.peak>>20)
	if strings.Contains(r.stderr, "panic") || strings.Contains(r.stderr, "goroutine ") {
		t.Errorf("dyad %s: stderr shows a panic:\n%s", shortArgs(args), clip(r.stderr))
	}
	if r.peak > maxHeap {
		t.Errorf("dyad %s: heap grew by %d MiB, limit %d MiB", shortArgs(args), r.peak>>20, maxHeap>>20)
	}
	return r
}

func shortArgs(args []string) string {
	var out []string
	for _, a := range args {
		out = append(out, filepath.Base(a))
	}
	return strings.Join(out, " ")
}

func clip(s string) string {
	if len(s) > 2000 {
		return s[:2000] + "…"
	}
	return s
}

// wantFailure checks a failed input: exit 1 and every want string (the
// input's name, its line) in stderr.
func wantFailure(t *testing.T, r hostileRun, want ...string) {
	t.Helper()
	if r.code != 1 {
		t.Errorf("exit %d, want 1; stderr:\n%s", r.code, clip(r.stderr))
	}
	for _, w := range want {
		if !strings.Contains(r.stderr, w) {
			t.Errorf("stderr does not mention %q:\n%s", w, clip(r.stderr))
		}
	}
}

// wantJSONL checks that stdout is valid UTF-8 and a stream of JSON
// objects (JSON Lines, or extract's indented objects) and returns them.
func wantJSONL(t *testing.T, out string) []map[string]any {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Errorf("output is not valid UTF-8")
	}
	var recs []map[string]any
	dec := json.NewDecoder(strings.NewReader(out))
	for {
		var m map[string]any
		err := dec.Decode(&m)
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Errorf("output object %d is not JSON: %v: %q", len(recs)+1, err, clip(out))
			break
		}
		recs = append(recs, m)
	}
	return recs
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const mib = 1 << 20

// skipShort skips the heaviest cases (hundreds of MB of heap, seconds of
// inflating) under -short, as CI's race-detector run uses.
func skipShort(t *testing.T) {
	if testing.Short() {
		t.Skip("heavy hostile input: skipped with -short")
	}
}

const hostileStory = "Seoul and Washington signed new guidelines on nuclear deterrence on Saturday. "

func TestHostileNestedHTML(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("<!doctype html><html><head><title>Deep</title></head><body>")
	for range 100000 {
		b.WriteString("<div>")
	}
	b.WriteString("<p>" + hostileStory + "</p>")
	p := writeFile(t, dir, "nested.html", []byte(b.String()))
	for _, cmd := range []string{"code", "extract"} {
		t.Run(cmd, func(t *testing.T) {
			r := hostile(t, 20*time.Second, 300*mib, cmd, "--date", "2024-07-13", p)
			// The HTML parser refuses more than 512 open elements: a clear
			// error naming the file is the expected outcome; output is
			// also fine.
			if r.code != 0 {
				wantFailure(t, r, "nested.html")
			}
			wantJSONL(t, r.stdout)
		})
	}
}

func TestHostileLongLine(t *testing.T) {
	dir := t.TempDir()
	// A 50 MB single line just under the input limit: extraction must cope.
	line := bytes.Repeat([]byte(hostileStory), 50_000_000/len(hostileStory))
	big := writeFile(t, dir, "line50mb.txt", line)
	t.Run("extract 50MB", func(t *testing.T) {
		skipShort(t)
		r := hostile(t, 30*time.Second, 1500*mib, "extract", big)
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, clip(r.stderr))
		}
		if !strings.Contains(r.stdout, "Seoul and Washington") {
			t.Errorf("extract lost the text")
		}
	})
	// Over the 50 MiB limit: a clear error naming the file.
	over := writeFile(t, dir, "line60mb.txt", append(line, line[:10_000_000]...))
	t.Run("code 60MB", func(t *testing.T) {
		skipShort(t)
		r := hostile(t, 20*time.Second, 400*mib, "code", "--date", "2024-07-13", over)
		wantFailure(t, r, "line60mb.txt", "too large")
	})
	// Coding a 1 MB line of sentences is linear and bounded.
	mb := writeFile(t, dir, "line1mb.txt", line[:1_000_000])
	t.Run("code 1MB", func(t *testing.T) {
		r := hostile(t, 30*time.Second, 400*mib, "code", "--format", "json", "--date", "2024-07-13", mb)
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, clip(r.stderr))
		}
		if recs := wantJSONL(t, r.stdout); len(recs) == 0 {
			t.Errorf("no events from a megabyte of signing sentences")
		}
	})
	// One sentence with no punctuation. The coder's coreference pass is
	// quadratic in a sentence's tokens (events/coref.go resolve: covered()
	// scans every mention for every token): 200 KB takes a few seconds,
	// 5 MB more than 100 s, 50 MB hours. The full size runs only with
	// DYAD_HOSTILE_FULL=1.
	size := 200_000
	if os.Getenv("DYAD_HOSTILE_FULL") != "" {
		size = 5_000_000
	}
	soup := bytes.Repeat([]byte("Seoul and Washington "), size/21)
	sp := writeFile(t, dir, "sentence.txt", soup)
	t.Run(fmt.Sprintf("code %d-byte sentence", size), func(t *testing.T) {
		r := hostile(t, 30*time.Second, 400*mib, "code", "--format", "json", "--date", "2024-07-13", sp)
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, clip(r.stderr))
		}
		wantJSONL(t, r.stdout)
	})
}

func TestHostileBinaryAndEncodings(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name, file string
		data       []byte
		args       []string
		fail       []string // stderr strings for a failure; nil: must succeed
		want       string   // a string the JSON output must hold
	}{
		{name: "NUL bytes in text", file: "nul.txt",
			data: []byte("Seoul and Washington\x00 signed\x00\x00 guidelines."),
			fail: []string{"nul.txt", "NUL"}},
		{name: "NUL bytes in HTML", file: "nul.html",
			data: []byte("<html><body><p>Seoul and\x00 Washington signed guidelines.</p></body></html>"),
			fail: []string{"nul.html"}},
		{name: "invalid UTF-8 in text", file: "latin1.txt",
			data: []byte("Caf\xe9 talks: Seoul and Washington signed new guidelines on Saturday."),
			fail: []string{"latin1.txt:1: invalid UTF-8 (byte 0xE9 at column 4)"}},
		{name: "Latin-1 bytes in a page labelled UTF-8", file: "mislabelled.html",
			data: []byte(`<html><head><meta charset="utf-8"><title>Caf` + "\xe9" + ` talks</title></head><body><article><p>` + hostileStory + "Caf\xe9 owners said.</p></article></body></html>"),
			args: []string{"extract"}, want: "Seoul and Washington"},
		{name: "UTF-8 page labelled windows-1251", file: "cyrillic.html",
			data: []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Москва</title></head><body><article><p>` + hostileStory + ` Москва said.</p></article></body></html>`),
			args: []string{"extract"}, want: "Seoul and Washington"},
		{name: "UTF-8 page labelled Shift_JIS", file: "sjis.html",
			data: []byte(`<html><head><meta charset="shift_jis"></head><body><p>` + hostileStory + ` 東京 said.</p></body></html>`),
			args: []string{"extract"}, want: "Seoul and Washington"},
		{name: "UTF-16 text with BOM", file: "utf16.txt",
			data: utf16LE("\ufeff" + hostileStory)},
		{name: "mixed encodings in JSONL", file: "mixed.jsonl",
			data: []byte(`{"id":"m1","date":"2024-07-13","text":"` + hostileStory + `"}` + "\n" +
				`{"id":"m2","date":"2024-07-13","text":"Caf` + "\xe9" + ` talks in Seoul."}` + "\n"),
			fail: []string{"mixed.jsonl"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := writeFile(t, dir, c.file, c.data)
			args := c.args
			if args == nil {
				args = []string{"code", "--format", "json"}
			}
			args = append(append([]string{}, args...), "--date", "2024-07-13", p)
			r := hostile(t, 20*time.Second, 300*mib, args...)
			wantJSONL(t, r.stdout)
			switch {
			case c.fail != nil:
				wantFailure(t, r, c.fail...)
			case c.want != "":
				if r.code != 0 {
					t.Fatalf("exit %d: %s", r.code, clip(r.stderr))
				}
				if !strings.Contains(r.stdout, c.want) {
					t.Errorf("output lacks %q:\n%s", c.want, clip(r.stdout))
				}
			default: // best effort or a named failure
				if r.code != 0 {
					wantFailure(t, r, c.file)
				}
			}
		})
	}
}

func utf16LE(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

// gzipBomb returns a multi-member gzip stream of members copies of n
// bytes of fill: a few MB that inflate to members*n bytes.
func gzipBomb(t *testing.T, prefix []byte, fill byte, n, members int) []byte {
	t.Helper()
	var one bytes.Buffer
	w, _ := gzip.NewWriterLevel(&one, gzip.BestCompression)
	w.Write(bytes.Repeat([]byte{fill}, n))
	w.Close()
	var out bytes.Buffer
	if prefix != nil {
		w, _ := gzip.NewWriterLevel(&out, gzip.BestCompression)
		w.Write(prefix)
		w.Close()
	}
	for range members {
		out.Write(one.Bytes())
	}
	return out.Bytes()
}

func TestHostileGzipBomb(t *testing.T) {
	dir := t.TempDir()
	// 128 members of 32 MiB of 'a': 4 GiB inflated.
	bomb := gzipBomb(t, nil, 'a', 32<<20, 128)
	t.Logf("bomb: %d bytes inflating to 4 GiB", len(bomb))
	p := writeFile(t, dir, "bomb.txt.gz", bomb)
	t.Run("code", func(t *testing.T) {
		// Refused while inflating into nothing: the heap holds the
		// compressed file and the decompressor, not the output.
		r := hostile(t, 30*time.Second, 120*mib, "code", "--date", "2024-07-13", p)
		wantFailure(t, r, "bomb.txt.gz", "too large")
	})
	t.Run("ingest", func(t *testing.T) {
		db := filepath.Join(dir, "bomb.db")
		r := hostile(t, 30*time.Second, 120*mib, "ingest", "--db", db, p)
		wantFailure(t, r, "bomb.txt.gz")
	})
	// A WARC record announcing 4 GiB of HTML, gzip-compressed, 2 GiB of
	// it present. Walk skips the oversized record but inflates all of it
	// to get past it (about 5 s per GiB here).
	head := fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/bomb\r\n"+
		"WARC-Date: 2024-03-06T00:00:00Z\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n"+
		"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>", int64(4)<<30)
	wb := gzipBomb(t, []byte(head), 'a', 32<<20, 64)
	wp := writeFile(t, dir, "bomb.warc.gz", wb)
	t.Run("ingest warc", func(t *testing.T) {
		skipShort(t)
		db := filepath.Join(dir, "warcbomb.db")
		// warc.MaxPageSize caps the page at 50 MiB; the heap peaks near
		// 400 MiB while gowarc and the page buffer hold it.
		r := hostile(t, 45*time.Second, 700*mib, "ingest", "--db", db, wp)
		wantFailure(t, r, "bomb.warc.gz")
		t.Logf("stderr: %s", clip(r.stderr))
	})
}

func TestHostileTruncatedHTML(t *testing.T) {
	dir := t.TempDir()
	page := `<!doctype html><html><head><title>Allies sign guidelines</title>
<meta property="article:published_time" content="2024-07-13T09:00:00Z"></head><body><article><h1>Allies sign guidelines</h1>
<p>` + hostileStory + `</p><p>North Korea's foreign ministry denounced the guidelines on Sunday, state media said.</p>
<p>Officials in Tokyo welcomed the deal and said talks would continue in <a href="https://example.org/x`
	for _, cut := range []int{len(page), len(page) - 20, len(page) / 2, 40} {
		t.Run(fmt.Sprint(cut), func(t *testing.T) {
			p := writeFile(t, dir, fmt.Sprintf("cut%d.html", cut), []byte(page[:cut]))
			r := hostile(t, 20*time.Second, 300*mib, "code", "--format", "json", p)
			if r.code != 0 {
				wantFailure(t, r, filepath.Base(p))
			}
			recs := wantJSONL(t, r.stdout)
			if cut > len(page)/2 && len(recs) == 0 {
				t.Errorf("no events from a page cut after its first paragraphs")
			}
		})
	}
}

func TestHostileJSONL(t *testing.T) {
	dir := t.TempDir()
	lines := []string{
		`{"id":"j1","date":"2024-07-13","text":"` + hostileStory + `"}`,
		`{"id":"j2","date":"2024-07-13","text":"Seoul and`, // cut mid-string
		`{"id":"j3","date":"2024-07-14","text":"North Korea's foreign ministry denounced the guidelines on Sunday."}`,
		`{"id":4,"text":["not","a","string"]}`,
		`not json at all`,
		``,
		`{"id":"j7","date":"yesterday","text":"` + hostileStory + `"}`,
		// (another day: the same text on j1's day is a repeat, not coded again)
		`{"id":"j8","date":"2024-07-15","text":"` + hostileStory + `"}`,
	}
	p := writeFile(t, dir, "broken.jsonl", []byte(strings.Join(lines, "\n")+"\n{\"id\":\"j9\",\"text\":\"trailing"))
	r := hostile(t, 20*time.Second, 300*mib, "code", "--format", "json", "--input", "jsonl", p)
	wantFailure(t, r, "broken.jsonl:2", "broken.jsonl:4", "broken.jsonl:5", "broken.jsonl:9")
	got := map[string]bool{}
	for _, rec := range wantJSONL(t, r.stdout) {
		got[fmt.Sprint(rec["article_id"])] = true
	}
	for _, id := range []string{"j1", "j3", "j8"} {
		if !got[id] {
			t.Errorf("no events for the good line %s; got %v", id, got)
		}
	}
}

func TestHostileDictionary(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		want  []string // in stderr
	}{
		{"syntax errors", map[string]string{"bad.txt": "# user dictionary\nAcme Corp | USABUS | org\nNo Separator Here\nfoo | usa | country\nBar | BARGOV | wizard\n | USA | country\nBaz | USAGOV | person | 2024-13-01..\n"},
			[]string{"bad.txt:3", "bad.txt:4", "bad.txt:5", "bad.txt:6", "bad.txt:7"}},
		{"reversed dates", map[string]string{"people.txt": "Jane Roe | USAGOV | person | 2024-01-01..2020-01-01\n"},
			[]string{"people.txt:1", "FROM after TO"}},
		{"conflicting dates", map[string]string{"a.txt": "John Doe | USAGOV | person | 2020-01-01..2024-01-01\n",
			"b.txt": "# the same man, another code, overlapping dates\nJohn Doe | RUSGOV | person | 2022-01-01..2023-01-01\n"},
			[]string{"b.txt:2", "a.txt:1", "overlap"}},
		{"invalid UTF-8 and NUL", map[string]string{"bin.txt": "Caf\xe9 | FRABUS | org\nA\x00B | USA | country\n"},
			[]string{"bin.txt:2: binary data (NUL byte at byte 21)"}}, // one error, as dyad code says of an input (session 74)
		{"no dictionary files", map[string]string{"README.md": "nothing here\n"}, []string{"no"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, body := range c.files {
				writeFile(t, dir, name, []byte(body))
			}
			story := writeFile(t, t.TempDir(), "story.txt", []byte(hostileStory))
			r := hostile(t, 20*time.Second, 300*mib, "code", "--dict", dir, "--date", "2024-07-13", story)
			if r.code == 0 {
				t.Fatalf("a broken --dict was accepted; stderr:\n%s", clip(r.stderr))
			}
			for _, w := range c.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr does not mention %q:\n%s", w, clip(r.stderr))
				}
			}
		})
	}
}

func hostileFeed(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Flood</title>`)
	for i := range n {
		fmt.Fprintf(&b, "<item><title>Bulletin %d</title><link>https://example.org/flood/%d</link>"+
			"<description>Report %d: %x delegates met in the capital.</description></item>\n", i, i, i, uint64(i)*0x9e3779b97f4a7c15)
	}
	b.WriteString("</channel></rss>\n")
	return b.Bytes()
}

// TestHostileFeed ingests a feed of 100,000 items. Storing them takes
// minutes (ingest codes and stores ~500 articles/s, and the near-duplicate
// search in sqlite/save.go candidates() scans and sorts every stored hash
// per article), so a routine run ingests 2,000 of them and parses all
// 100,000 through dyad code's reader; DYAD_HOSTILE_FULL=1 ingests all.
func TestHostileFeed(t *testing.T) {
	dir := t.TempDir()
	n := 2000
	if os.Getenv("DYAD_HOSTILE_FULL") != "" {
		n = 100000
	}
	p := writeFile(t, dir, "flood.rss", hostileFeed(n))
	db := filepath.Join(dir, "flood.db")
	r := hostile(t, 45*time.Second, 600*mib, "ingest", "--json", "--db", db, p)
	var sum struct {
		Read, Added int
		Failures    []struct{ Input, Error string }
	}
	if err := json.Unmarshal([]byte(r.stdout), &sum); err != nil {
		t.Fatalf("summary: %v\n%s\n%s", err, clip(r.stdout), clip(r.stderr))
	}
	if r.code != 0 || sum.Read != n || sum.Added != n {
		t.Errorf("exit %d, read %d, added %d of %d items; failures %v", r.code, sum.Read, sum.Added, n, sum.Failures)
	}
	// The same feed cut off mid-item: refused whole, naming the feed and
	// the line.
	flood := hostileFeed(n)
	cut := writeFile(t, dir, "cut.rss", flood[:len(flood)-len("</channel></rss>\n")-40])
	t.Run("truncated", func(t *testing.T) {
		r := hostile(t, 20*time.Second, 300*mib, "ingest", "--db", db, cut)
		wantFailure(t, r, fmt.Sprintf("cut.rss:%d: ", n))
	})
}

// warcRec is a WARC response record; clen, when set, replaces its
// Content-Length.
func warcRec(uri, html, clen string) []byte {
	resp := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(html), html)
	if clen == "" {
		clen = fmt.Sprint(len(resp))
	}
	return []byte(fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-03-06T00:00:00Z\r\n"+
		"Content-Type: application/http;msgtype=response\r\nContent-Length: %s\r\n\r\n%s\r\n\r\n", uri, clen, resp))
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func TestHostileWARC(t *testing.T) {
	page := func(s string) string {
		return "<html><head><title>" + s + "</title></head><body><article><p>" + s + " " + hostileStory + "</p></article></body></html>"
	}
	good := warcRec("https://example.org/good", page("Good page one."), "")
	good2 := warcRec("https://example.org/good2", page("Good page two."), "")
	badLen := warcRec("https://example.org/badlen", page("Bad length."), "x12")
	short := warcRec("https://example.org/short", page("Short record."), "")
	short = short[:len(short)/2]
	cases := []struct {
		name string
		data []byte
	}{
		{"malformed.warc", bytes.Join([][]byte{good, badLen, good2}, nil)},
		{"truncated.warc", append(append([]byte{}, good...), short...)},
		{"malformed.warc.gz", bytes.Join([][]byte{gz(good), gz(badLen), gz(good2)}, nil)},
		{"truncated.warc.gz", append(gz(good), gz(short)[:40]...)},
		{"garbage.warc", []byte("this is not a WARC file at all\n")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			p := writeFile(t, dir, c.name, c.data)
			r := hostile(t, 20*time.Second, 300*mib, "ingest", "--json", "--db", filepath.Join(dir, "w.db"), p)
			// (with --json the failures are the summary's, on stdout)
			var sum struct {
				Added    int
				Failures []struct{ Input, Error string }
			}
			json.Unmarshal([]byte(r.stdout), &sum)
			if r.code != 1 || len(sum.Failures) == 0 || !strings.Contains(sum.Failures[0].Input, c.name) {
				t.Errorf("exit %d, failures %+v; want exit 1 and a failure naming %s", r.code, sum.Failures, c.name)
			}
			if c.name != "garbage.warc" && sum.Added < 1 {
				t.Errorf("the good pages before the bad record were not stored: %s", clip(r.stdout))
			}
		})
	}
}

// TestHostileHugeFile gives a 3 GiB file (sparse: no disk used). dyad code
// reads at most MaxInputSize+1 bytes of it; dyad ingest refuses it from
// its size, before reading it.
func TestHostileHugeFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(3 << 30); err != nil {
		f.Close()
		t.Skipf("cannot make a sparse file: %v", err)
	}
	f.Close()
	t.Run("code", func(t *testing.T) {
		r := hostile(t, 20*time.Second, 400*mib, "code", p)
		wantFailure(t, r, "huge.txt")
	})
	t.Run("ingest", func(t *testing.T) {
		r := hostile(t, 20*time.Second, 100*mib, "ingest", "--db", filepath.Join(dir, "huge.db"), p)
		wantFailure(t, r, "huge.txt")
	})
}
