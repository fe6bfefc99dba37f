package eval_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad/eval"
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

// FuzzReadGold checks ReadGold never panics and its errors name the input.
func FuzzReadGold(f *testing.F) {
	for _, d := range fuzzFiles(f, 2, "testdata/gold/*.jsonl") {
		f.Add(d[:min(len(d), 4096)])
	}
	f.Add([]byte(`{"id":"x","date":"2024-01-01","text":"A","events":[{"source":null,"cameo":"011"}]}` + "\n{\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var err error
		fuzzWithin(t, 5*time.Second, func() { _, err = eval.ReadGold(bytes.NewReader(data), "gold.jsonl") })
		if err != nil && !strings.Contains(err.Error(), "gold.jsonl") {
			t.Errorf("error does not name the input: %v", err)
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
