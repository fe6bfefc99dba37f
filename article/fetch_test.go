package article

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestFetch(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		if ua := r.Header.Get("User-Agent"); ua != UserAgent {
			http.Error(w, "bad agent "+ua, http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, testPage)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/story", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/loop/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/loop/%d", &n)
		http.Redirect(w, r, fmt.Sprintf("/loop/%d", n+1), http.StatusFound)
	})
	mux.HandleFunc("/paper", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.4 Rivals signed an accord on Monday.")
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusNotFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	ctx := context.Background()

	data, final, err := Fetch(ctx, srv.URL+"/moved")
	if err != nil {
		t.Fatal(err)
	}
	if final != srv.URL+"/story" || !bytes.Equal(data, []byte(testPage)) {
		t.Errorf("final %q, %d bytes", final, len(data))
	}

	tests := []struct{ url, want string }{
		{srv.URL + "/gone", srv.URL + "/gone: HTTP status 404 Not Found"},
		{srv.URL + "/paper", srv.URL + "/paper: served as application/pdf, not a page: dyad reads HTML, text, feeds and WARC archives"},
		{srv.URL + "/loop/0", srv.URL + "/loop/0: more than 5 redirects"},
		{"ftp://example.com/x", `ftp://example.com/x: unsupported URL scheme "ftp" (want http or https)`},
		{"file:///etc/passwd", `file:///etc/passwd: unsupported URL scheme "file" (want http or https)`},
		{"http://", "http://: URL has no host"},
	}
	for _, tt := range tests {
		_, _, err := Fetch(ctx, tt.url)
		if err == nil || err.Error() != tt.want {
			t.Errorf("Fetch(%q) error %v, want %q", tt.url, err, tt.want)
		}
	}

	// Load fetches URLs and records the final URL.
	arts, err := Load(ctx, srv.URL+"/story", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if arts[0].Input != srv.URL+"/story" || arts[0].Title != "Rivals sign accord" {
		t.Errorf("Load: input %q title %q", arts[0].Input, arts[0].Title)
	}
}

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(p, []byte(projectExample), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, err := Load(context.Background(), p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if arts[0].Input != p || arts[0].Title != "Ministers meet on river dispute" {
		t.Errorf("input %q title %q", arts[0].Input, arts[0].Title)
	}
	_, err = Load(context.Background(), filepath.Join(dir, "missing.txt"), Options{})
	if err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("missing file error %v", err)
	}
}

// TestHostileHTML feeds broken, huge and odd pages: each must give a
// clear error or best-effort text, never a panic.
func TestHostileHTML(t *testing.T) {
	sentence := "Officials met again to discuss the plan."
	var big strings.Builder
	big.WriteString("<html><head><title>Big</title></head><body>")
	para := "<p>" + strings.Repeat(sentence+" ", 12) + "</p>\n"
	for big.Len() < 20<<20 {
		big.WriteString(para)
	}
	big.WriteString("</body></html>")
	bigPara := strings.TrimSpace(strings.Repeat(sentence+" ", 12))

	const cafe = "Café talks in Zürich went on for hours and ended with a signed accord between the parties."
	latin1 := []byte("<html><head><meta charset=\"utf-8\"></head><body><p>Caf\xe9 talks in Z\xfcrich went on for hours and ended with a signed accord between the parties.</p></body></html>")
	undeclared := []byte("<html><body><p>Caf\xe9 talks in Z\xfcrich went on for hours and ended with a signed accord between the parties.</p></body></html>")
	unknown := []byte("<html><head><meta charset=\"x-unknown\"></head><body><p>Caf\xe9 talks in Z\xfcrich went on for hours and ended with a signed accord between the parties.</p></body></html>")
	declared := []byte("<html><head><meta charset=\"windows-1252\"></head><body><p>The minister\x92s visit to M\xfcnchen ended on Friday with an agreement on trade and energy.</p></body></html>")
	sjis := []byte("<html><head><meta charset=\"shift_jis\"></head><body><p>\x93\x8c\x8b\x9e talks went on for hours and ended with a signed accord.</p></body></html>")
	utf16 := []byte{0xff, 0xfe}
	for _, r := range "<html><head><title>Talks end</title></head><body><p>" + cafe + "</p></body></html>" {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	unclosed := []byte("<html><head><title>Deep page</title></head><body>" + strings.Repeat("<div><p>Menu item", 600) +
		"<p>" + sentence + " The talks will resume next week in the capital.</body></html>")
	deep := []byte("<html><head><title>Deep page</title></head><body>" + strings.Repeat("<div><font>", 600) +
		"<p>" + sentence + " The talks will resume next week in the capital.</p></body></html>")

	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(testPage))
	zw.Close()

	story := []string{
		"The two rival governments signed a border accord on Saturday after months of talks, officials said.",
		"The accord sets up a joint commission to settle disputes along the frontier and reopens two crossings.",
		"Observers said the deal could ease tensions that have simmered for years across the region.",
		"The commission is due to meet for the first time next month in a neutral city.",
	}
	tests := []struct {
		name    string
		data    []byte
		wantErr string
		title   string
		body    []string
	}{
		{"truncated", []byte(testPage[:len(testPage)*3/4]), "truncated:%d: HTML page cut off after 1 paragraph (it opens <html> or <body> and never closes it)", "Rivals sign accord",
			[]string{story[0]}}, // the unfinished sentence after it dropped
		{"truncated in the headline", []byte(testPage[:len(testPage)/2]), "truncated in the headline:%d: HTML page cut off after 0 paragraphs (it opens <html> or <body> and never closes it)", "Rivals sign accord", nil},
		{"truncated in a tag", []byte(testPage[:strings.Index(testPage, "<p>")+2]), "truncated in a tag:%d: HTML page cut off after 0 paragraphs (it opens <html> or <body> and never closes it)", "Rivals sign accord", nil},
		{"truncated after a noscript pixel", []byte("<html><head><title>Rivals sign accord | Daily Wire</title><meta property=\"og:site_name\" content=\"Daily Wire\"></head>\n<body>\n<noscript><img src=\"/px.gif\"></noscript>\n<script>window.__STATE = {\"a\": 1,"),
			"truncated after a noscript pixel:%d: HTML page cut off after 0 paragraphs (it opens <html> or <body> and never closes it)", "Rivals sign accord", nil},
		{"fragment", []byte("<p>" + story[0] + "</p>\n<p>" + story[1]), "", "", []string{story[0], story[1]}}, // trafilatura runs them into one block; its <p>s split it again
		{"no body", []byte("<html><head><title>Nothing</title></head></html>"), "", "Nothing", nil},
		{"empty body", []byte("<!DOCTYPE html><html><body></body></html>"), "", "", nil},
		{"20 MB", []byte(big.String()), "", "Big", []string{bigPara}},
		{"1200 open elements", deep, "", "Deep page", []string{sentence + " The talks will resume next week in the capital."}},
		{"1200 open elements, unclosed paragraphs", unclosed, "", "Deep page", []string{"Menu item", sentence + " The talks will resume next week in the capital."}},
		{"tags only", []byte(strings.Repeat("<div>", 10000)), "", "", nil},
		// a page that declares UTF-8 is read as UTF-8, as browsers read
		// it: its Latin-1 bytes are U+FFFD (Read warns through
		// Options.Warn), not guessed as Windows-1252
		{"wrong charset", latin1, "", "", []string{"Caf\uFFFD talks in Z\uFFFDrich went on for hours and ended with a signed accord between the parties."}},
		{"no charset", undeclared, "", "", []string{cafe}},
		{"unknown charset", unknown, "", "", []string{cafe}},
		{"declared charset", declared, "", "", []string{"The minister’s visit to München ended on Friday with an agreement on trade and energy."}},
		{"shift_jis", sjis, "", "", []string{"東京 talks went on for hours and ended with a signed accord."}},
		{"utf-16", utf16, "", "Talks end", []string{cafe}},
		{"gzip", gz.Bytes(), "", "Rivals sign accord", story},
		{"truncated gzip", gz.Bytes()[:gz.Len()/2], "truncated gzip: truncated gzip data (ends after 720 decompressed bytes)", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := Read(tt.name, tt.data, Options{Input: "auto"})
			if strings.Contains(tt.wantErr, "%d") {
				// a cut page: the error names its last line, and the
				// article before the cut is kept
				want := fmt.Sprintf(tt.wantErr, bytes.Count(tt.data, []byte("\n"))+1)
				if err == nil || err.Error() != want || len(arts) != 1 {
					t.Fatalf("error %v (%d articles), want %q and the article", err, len(arts), want)
				}
				err = nil
			}
			if tt.wantErr != "" && !strings.Contains(tt.wantErr, "%d") || err != nil {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("error %v, want %q", err, tt.wantErr)
				}
				return
			}
			a := arts[0]
			if a.Title != tt.title || len(a.Body) != len(tt.body) || len(a.Body) > 0 && !reflect.DeepEqual(a.Body, tt.body) {
				t.Errorf("title %q body %.300q, want %q %.300q", a.Title, a.Body, tt.title, tt.body)
			}
		})
	}
}

// BenchmarkExtractHTML extracts the fundus pages; pages/s is reported.
func BenchmarkExtractHTML(b *testing.B) {
	root := corpora(b)
	dir := filepath.Join(root, "html", "fundus")
	ents, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	var pages [][]byte
	var size int64
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".html") {
			data, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				b.Fatal(err)
			}
			pages = append(pages, data)
			size += int64(len(data))
		}
	}
	b.SetBytes(size / int64(len(pages)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Read("bench.html", pages[i%len(pages)], Options{Input: "html"}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// TestFilePath: a file URL given as an input names a local file; one on
// another host, or without a path, is an error naming it.
func TestFilePath(t *testing.T) {
	tests := []struct {
		arg, path string
		ok        bool
		err       string
	}{
		{"file:///srv/news/a.html", "/srv/news/a.html", true, ""},
		{"file://localhost/srv/news/a%20b.html", "/srv/news/a b.html", true, ""},
		{"FILE:///srv/news/a.txt", "/srv/news/a.txt", true, ""},
		{"/srv/news/a.txt", "/srv/news/a.txt", false, ""},
		{"https://example.org/a", "https://example.org/a", false, ""},
		{"file://newsroom/srv/a.txt", "", true, "file://newsroom/srv/a.txt: a file URL on another host (newsroom) cannot be read; give a local path"},
		{"file://", "", true, "file://: a file URL without a path"},
		{"file:///srv/%zz.txt", "", true, `file:///srv/%zz.txt: not a file URL: parse "file:///srv/%zz.txt": invalid URL escape "%zz"`},
	}
	for _, tt := range tests {
		p, ok, err := FilePath(tt.arg)
		msg := ""
		if err != nil {
			msg = err.Error()
		}
		if p != tt.path || ok != tt.ok || msg != tt.err {
			t.Errorf("FilePath(%q) = %q, %v, %q; want %q, %v, %q", tt.arg, p, ok, msg, tt.path, tt.ok, tt.err)
		}
	}
}

// TestNamedAs: a file error on a path is told with the name the user typed
// for it; other errors, and errors on other paths, are left as they are.
func TestNamedAs(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "gone.txt")
	_, openErr := os.Open(missing)
	other := errors.New("input over 10 bytes")
	tests := []struct {
		err        error
		path, name string
		want       string
	}{
		{openErr, missing, "file://" + missing, "open file://" + missing + ": no such file or directory"},
		{openErr, missing, missing, "open " + missing + ": no such file or directory"},
		{openErr, "/elsewhere.txt", "file:///elsewhere.txt", "open " + missing + ": no such file or directory"},
		{other, missing, "file://" + missing, "input over 10 bytes"},
	}
	for _, tt := range tests {
		if got := NamedAs(tt.err, tt.path, tt.name).Error(); got != tt.want {
			t.Errorf("NamedAs(%v, %q, %q) = %q; want %q", tt.err, tt.path, tt.name, got, tt.want)
		}
	}
	if NamedAs(nil, missing, "file://"+missing) != nil {
		t.Error("NamedAs(nil, …) is not nil")
	}
	// OpenAs's error names the input first, as the commands name inputs,
	// and still unwraps to the *fs.PathError naming it
	_, err := OpenAs(missing, "file://"+missing)
	var pe *fs.PathError
	if err == nil || err.Error() != "file://"+missing+": no such file or directory" || !errors.As(err, &pe) || pe.Path != "file://"+missing || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("OpenAs(%q) error = %v (path error %v)", missing, err, pe)
	}
}

// cutResponse is a handler whose server closes the connection after the
// first n bytes of body: announced with a Content-Length, or chunked (one
// chunk of the whole body announced).
func cutResponse(t *testing.T, body string, n int, chunked bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		conn, buf, err := w.(http.Hijacker).Hijack()
		if err != nil {
			t.Error(err)
			return
		}
		defer conn.Close()
		if chunked {
			fmt.Fprintf(buf, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n%s", len(body), body[:n])
		} else {
			fmt.Fprintf(buf, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(body), body[:n])
		}
		buf.Flush()
	}
}

// TestFetchCutOff: a response the server closes mid-body gives the bytes
// received with a *FetchCutError saying how many came of how many; a
// whole response none.
func TestFetchCutOff(t *testing.T) {
	body := strings.Repeat("<p>Envoys met in Geneva on Monday.</p>\n", 100)
	mux := http.NewServeMux()
	mux.HandleFunc("/length", cutResponse(t, body, 1000, false))
	mux.HandleFunc("/chunked", cutResponse(t, body, 700, true))
	mux.HandleFunc("/headers", cutResponse(t, body, 0, false))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	for _, tc := range []struct {
		path string
		got  int
		want string
	}{
		{"/length", 1000, "/length: the page was cut off after 1000 of 3900 bytes (the server closed the connection: unexpected EOF)"},
		{"/chunked", 700, "/chunked: the page was cut off after 700 bytes (the server closed the connection: unexpected EOF)"},
		{"/headers", 0, "/headers: the page was cut off after 0 of 3900 bytes (the server closed the connection: unexpected EOF)"},
	} {
		data, _, err := Fetch(context.Background(), srv.URL+tc.path)
		var cut *FetchCutError
		if !errors.As(err, &cut) || err.Error() != srv.URL+tc.want || string(data) != body[:tc.got] || cut.Got != tc.got {
			t.Errorf("%s: %d bytes, err %v\nwant %d bytes, %s", tc.path, len(data), err, tc.got, srv.URL+tc.want)
		}
		if said := cut.With("not stored"); said.Error() != srv.URL+tc.want+": not stored" || said.Got != tc.got {
			t.Errorf("%s With: %v", tc.path, said)
		}
		if err.Error() != srv.URL+tc.want {
			t.Errorf("%s: With changed the error Fetch returned: %v", tc.path, err)
		}
	}
}

// TestReadArgTooLargeFile: a file over MaxInputSize is refused before it
// is read, with its size and the way to read bulk input, as dyad ingest
// says it (it said "input too large" after reading 50 MiB of it).
func TestReadArgTooLargeFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	f.Close()
	data, _, err := ReadArg(context.Background(), path)
	want := path + ": too large: 209715200 bytes, over the 50 MiB limit for one article file (use JSON Lines for bulk input)"
	if err == nil || err.Error() != want || data != nil {
		t.Errorf("got %d bytes, error %v; want %s", len(data), err, want)
	}
}

// TestFetchBadGzip: a body that is not the gzip its Content-Encoding
// says (garbage, or a stream whose checksum is wrong) is said so, an
// error that is no *FetchCutError: the server did not close the
// connection (it was "the page was cut off after 0 bytes (the server
// closed the connection: gzip: invalid header)").
func TestFetchBadGzip(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<html><body><p>Envoys met in Geneva on Monday.</p></body></html>"))
	zw.Close()
	badSum := append([]byte(nil), gz.Bytes()...)
	badSum[len(badSum)-8] ^= 0xff // the CRC-32 of the trailer
	mux := http.NewServeMux()
	for path, body := range map[string][]byte{"/garbage": []byte("this is no gzip stream"), "/checksum": badSum} {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(body)
		})
	}
	srv := httptest.NewServer(mux)
	defer srv.Close()
	for path, reason := range map[string]string{"/garbage": "gzip: invalid header", "/checksum": "gzip: invalid checksum"} {
		data, _, err := Fetch(context.Background(), srv.URL+path)
		want := srv.URL + path + ": the response is not the gzip its Content-Encoding header says (" + reason + ")"
		var cut *FetchCutError
		if err == nil || err.Error() != want || errors.As(err, &cut) || data != nil {
			t.Errorf("%s: %d bytes, err %v; want none and %q", path, len(data), err, want)
		}
	}
}
