// Package corpus loads the shared test corpora (../shared/corpora, next to
// the repository) for benchmarks and tests. The corpora's text is never
// copied into the repository: it is read at run time, and a test or
// benchmark that needs it is skipped with a message when it is absent.
package corpus

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
)

// TextDirs are the corpora folders of plain-text articles.
var TextDirs = []string{"bbc_politics", "giveme5w1h", "guardian_ngec", "lee_abc_news", "reuters21578"}

// Dir returns $DYAD_CORPORA when set, else the path of ../shared/corpora relative to the directory
// holding go.mod above the working directory, skipping tb when there is none.
func Dir(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("go.mod not found above the working directory")
		}
		dir = parent
	}
	c := filepath.Join(dir, "..", "shared", "corpora")
	if env := os.Getenv("DYAD_CORPORA"); env != "" {
		c = env
	}
	if _, err := os.Stat(c); err != nil {
		tb.Skipf("corpora not found at %s (they are outside the repository): %v", c, err)
	}
	return c
}

// Files returns the sorted paths of the files under dir (relative to Dir)
// with extension ext (".txt", ".html").
func Files(tb testing.TB, ext string, dirs ...string) []string {
	tb.Helper()
	root := Dir(tb)
	var out []string
	for _, d := range dirs {
		err := filepath.WalkDir(filepath.Join(root, d), func(p string, e os.DirEntry, err error) error {
			if err == nil && !e.IsDir() && filepath.Ext(p) == ext {
				out = append(out, p)
			}
			return err
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
	sort.Strings(out)
	if len(out) == 0 {
		tb.Skipf("no %s files in %v under %s", ext, dirs, root)
	}
	return out
}

// TextArticles reads every plain-text article of the corpora (TextDirs)
// with article.Read; files that fail to read are left out. It returns the
// articles and the input bytes read.
func TextArticles(tb testing.TB) ([]*dyad.Article, int64) {
	tb.Helper()
	var arts []*dyad.Article
	var size int64
	for _, p := range Files(tb, ".txt", TextDirs...) {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		as, err := article.Read(p, data, article.Options{})
		if err != nil {
			continue
		}
		size += int64(len(data))
		arts = append(arts, as...)
	}
	return arts, size
}
