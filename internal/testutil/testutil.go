// Package testutil holds what the project's tests share: the repository
// root, seed files read from it (and from ../shared beside it, when
// present), and a watchdog that turns a hung fuzz input into a failure.
package testutil

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// RepoRoot returns the directory holding go.mod, found by walking up from
// the test's working directory; it fails the test when there is none.
func RepoRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			tb.Fatal("no go.mod above the package directory")
		}
		dir = up
	}
}

// Files returns the contents of up to n files matching each glob, relative
// to the repository root; a glob under ../shared/corpora/ is read from
// CorporaDir. Globs under ../shared match nothing when it is absent;
// unreadable files are skipped.
func Files(tb testing.TB, n int, globs ...string) [][]byte {
	tb.Helper()
	root := RepoRoot(tb)
	var out [][]byte
	for _, g := range globs {
		p := filepath.Join(root, g)
		if rest, ok := strings.CutPrefix(g, "../shared/corpora/"); ok {
			p = filepath.Join(CorporaDir(root), rest)
		}
		paths, _ := filepath.Glob(p)
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

// Within runs f and fails the test if it takes longer than d: Go's fuzzer
// has no per-input timeout, so a hang would otherwise stall it silently.
func Within(tb testing.TB, d time.Duration, f func()) {
	tb.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(d):
		tb.Fatalf("input took longer than %v (hang?)", d)
	}
}

// CorporaEnv names the environment variable that gives the corpus
// folder's path; unset, it is ../shared/corpora beside the repository.
const CorporaEnv = "DYAD_CORPORA"

// CorporaDir returns the corpus folder: $DYAD_CORPORA when set, else
// ../shared/corpora beside the repository root (root).
func CorporaDir(root string) string {
	if d := os.Getenv(CorporaEnv); d != "" {
		return d
	}
	return filepath.Join(root, "..", "shared", "corpora")
}

// Corpora returns the corpus folder (CorporaDir, joined with sub), or
// skips the test saying so when it is absent: a fresh clone has no
// ../shared, while the team's machines and CI do. When DYAD_CORPORA is
// set, a missing folder fails the test instead: the user asked for the
// corpus tests.
func Corpora(tb testing.TB, sub ...string) string {
	tb.Helper()
	p := filepath.Join(append([]string{CorporaDir(RepoRoot(tb))}, sub...)...)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv(CorporaEnv) != "" {
			tb.Fatalf("corpora not found at %s (%s=%s): %v", p, CorporaEnv, os.Getenv(CorporaEnv), err)
		}
		tb.Skipf("shared corpora not found at %s (a fresh clone has no ../shared; set %s to their folder): %v", p, CorporaEnv, err)
	}
	return p
}
