package feed_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/feed"
)

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

// fuzzFiles returns up to n files matching each glob (relative to the repo
// root); globs under ../shared match nothing when it is absent.
func fuzzFiles(f *testing.F, n int, globs ...string) [][]byte {
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

// FuzzRead checks Read never panics, names the input in errors and gives
// articles with an ID.
func FuzzRead(f *testing.F) {
	for _, d := range fuzzFiles(f, 4, "../shared/corpora/feeds/*") {
		f.Add(d[:min(len(d), 16<<10)])
	}
	f.Add([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item><title>T</title><link>https://e.org/1</link><description>&lt;p&gt;Chile hosted Kenya.&lt;/p&gt;</description></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><content type="html">x</content></entry></feed>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","content_text":"x"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var arts []*dyad.Article
		var err error
		fuzzWithin(t, 5*time.Second, func() {
			feed.Sniff(data)
			arts, err = feed.Read("f.rss", data)
		})
		if err != nil {
			if !strings.Contains(err.Error(), "f.rss") {
				t.Errorf("error does not name the input: %v", err)
			}
			return
		}
		for _, a := range arts {
			if a == nil || a.ID == "" {
				t.Fatalf("article without ID: %+v", a)
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
