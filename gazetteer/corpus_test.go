package gazetteer

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpora returns the shared corpora directory, found next to the
// repository root (the directory holding go.mod), or skips the test.
func corpora(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("go.mod not found above the package directory")
		}
		dir = parent
	}
	c := filepath.Join(dir, "..", "shared", "corpora")
	if _, err := os.Stat(c); err != nil {
		t.Skipf("shared corpora not found at %s (only present on the team's machines and CI)", c)
	}
	return c
}

// TestReutersDatelines resolves the place of every dateline of the
// Reuters-21578 sample ("WASHINGTON, Feb 26 -"): all must be found.
func TestReutersDatelines(t *testing.T) {
	dir := filepath.Join(corpora(t), "reuters21578")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no Reuters files in %s", dir)
	}
	g := load(t)
	n, miss := 0, 0
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line, ok := strings.CutPrefix(sc.Text(), "DATELINE:")
			if !ok {
				continue
			}
			place, _, _ := strings.Cut(line, ",")
			place = strings.Trim(place, " *")
			if place == "" {
				break
			}
			n++
			if _, ok := g.Lookup(place); !ok {
				miss++
				t.Errorf("%s: dateline place %q not found", filepath.Base(file), place)
			}
			break
		}
		f.Close()
	}
	t.Logf("%d datelines, %d not found", n, miss)
}
