package article_test

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
)

// fuzzRepoRoot returns the directory holding go.mod, walking up from the
// package directory.
func fuzzRepoRoot(f *testing.F) string {
	f.Helper()
	dir, err := os.Getwd()
	if err != nil {
		f.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			f.Fatal("no go.mod above the package directory")
		}
		dir = up
	}
}

// fuzzSeeds adds up to n files matching each glob (relative to the repo
// root) as seeds, skipping globs that match nothing (../shared absent).
func fuzzSeeds(f *testing.F, n int, globs ...string) [][]byte {
	root := fuzzRepoRoot(f)
	var out [][]byte
	for _, g := range globs {
		paths, _ := filepath.Glob(filepath.Join(root, g))
		if len(paths) > n {
			paths = paths[:n]
		}
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil {
				out = append(out, data)
			}
		}
	}
	return out
}

func gzipped(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// FuzzRead feeds arbitrary bytes to Read in every input mode: it must never
// panic, and a successful read gives articles that carry an ID and name
// their input.
func FuzzRead(f *testing.F) {
	seeds := fuzzSeeds(f, 2, "examples/*.txt", "../shared/corpora/giveme5w1h/news_cluster/*",
		"../shared/corpora/guardian_ngec/*", "../shared/corpora/reuters21578/*", "../shared/corpora/html/fundus/*.html",
		"../shared/corpora/html/postlight/*")
	modes := []string{"auto", "text", "html", "jsonl"}
	for i, s := range seeds {
		f.Add(s, modes[i%len(modes)])
	}
	f.Add([]byte(`{"id":"a1","date":"2024-07-13","text":"Seoul and Washington signed guidelines."}`+"\n{broken\n"), "jsonl")
	f.Add([]byte("<html><body><article><p>Chile hosted Kenya.</p></article></body></html>"), "auto")
	f.Add(gzipped([]byte("TITLE: Talks\nDATE: 2024-03-05\n\nChile hosted Kenya for talks.")), "auto")
	f.Add([]byte("<div><div><div><p>x</p>"), "html")
	f.Add([]byte("\x00\x01\x02"), "text")
	f.Fuzz(func(t *testing.T, data []byte, mode string) {
		if len(data) > 1<<20 {
			return
		}
		switch mode {
		case "auto", "text", "html", "jsonl", "":
		default:
			mode = "auto"
		}
		var arts []*dyad.Article
		var err error
		fuzzWithin(t, 10*time.Second, func() {
			arts, err = article.Read("fuzz.in", data, article.Options{Input: mode, Date: "2024-07-13"})
		})
		if err != nil && !strings.Contains(err.Error(), "fuzz.in") {
			t.Errorf("error does not name the input: %v", err)
		}
		if err == nil && len(arts) == 0 && mode != "jsonl" {
			t.Errorf("no error and no article")
		}
		for _, a := range arts {
			if a == nil {
				t.Fatal("nil article")
			}
			if a.ID == "" || !strings.HasPrefix(a.Input, "fuzz.in") {
				t.Errorf("article without ID or input: id %q input %q", a.ID, a.Input)
			}
		}
	})
}

// fuzzWithin runs f and fails when it takes longer than d: the fuzzer has
// no per-input timeout, so a hang would otherwise stall it silently.
func fuzzWithin(t *testing.T, d time.Duration, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("input took longer than %v (hang?)", d)
	}
}
