package article

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
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

// TestHostileHTML feeds broken, huge and odd pages: each must give an
// error or best-effort text, never a panic.
func TestHostileHTML(t *testing.T) {
	var big strings.Builder
	big.WriteString("<html><head><title>Big</title></head><body>")
	para := "<p>" + strings.Repeat("Officials met again to discuss the plan. ", 12) + "</p>\n"
	for big.Len() < 20<<20 {
		big.WriteString(para)
	}
	big.WriteString("</body></html>")

	latin1 := []byte("<html><head><meta charset=\"utf-8\"></head><body><p>Caf\xe9 talks in Z\xfcrich went on for hours and ended with a signed accord between the parties.</p></body></html>")
	declared := []byte("<html><head><meta charset=\"windows-1252\"></head><body><p>The minister\x92s visit to M\xfcnchen ended on Friday with an agreement on trade and energy.</p></body></html>")

	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(testPage))
	zw.Close()

	tests := []struct {
		name     string
		data     []byte
		wantText string // a substring of the body; "" = only require no panic
	}{
		{"truncated", []byte(testPage[:len(testPage)*3/4]), "border accord"},
		{"no body", []byte("<html><head><title>Nothing</title></head></html>"), ""},
		{"empty body", []byte("<!DOCTYPE html><html><body></body></html>"), ""},
		{"20 MB", []byte(big.String()), "Officials met again"},
		{"wrong charset", latin1, "Café talks in Zürich"},
		{"declared charset", declared, "minister’s visit to München"},
		{"gzip", gz.Bytes(), "border accord"},
		{"tags only", []byte(strings.Repeat("<div>", 10000)), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := Read(tt.name, tt.data, Options{Input: "auto"})
			if err != nil {
				if tt.wantText != "" {
					t.Fatalf("error %v", err)
				}
				return
			}
			body := strings.Join(arts[0].Body, "\n")
			if !strings.Contains(body, tt.wantText) {
				t.Errorf("body lacks %q: %.200q", tt.wantText, body)
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
