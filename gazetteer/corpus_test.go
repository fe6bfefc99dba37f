package gazetteer

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/testutil"
)

// corpora returns the shared corpora directory or skips the test.
func corpora(t *testing.T) string { return testutil.Corpora(t) }

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
