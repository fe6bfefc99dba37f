package cameo_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/cameo"
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

// FuzzParse checks Parse never panics and its errors name the input.
func FuzzParse(f *testing.F) {
	for _, d := range fuzzFiles(f, 1, "cameo/cameo.txt") {
		f.Add(d[:min(len(d), 4096)])
	}
	f.Add([]byte("01 | Make statement | 1 | 0 | -\n010 | x | 1 | 0.0 | AGREE/y\n0101 | z | 4 | 11 | -\n"))
	f.Add([]byte("19 | Fight | 4 | NaN | ASSAULT\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		o, err := cameo.Parse(bytes.NewReader(data), "onto.txt")
		if err != nil {
			if !strings.Contains(err.Error(), "onto.txt") {
				t.Errorf("error does not name the input: %v", err)
			}
			return
		}
		for _, c := range o.Codes() {
			if _, ok := o.Lookup(c.Code); !ok {
				t.Errorf("code %q listed but not found", c.Code)
			}
			o.Base(c.Code)
		}
	})
}
