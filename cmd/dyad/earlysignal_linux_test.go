package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain runs dyad's main instead of the tests when DYAD_TEST_MAIN is
// set: a test runs the dyad command line as a process of its own so
// (TestIngestSignalAtStart), from its packages' initialisation on.
func TestMain(m *testing.M) {
	if os.Getenv("DYAD_TEST_MAIN") == "1" {
		os.Args = append([]string{"dyad"}, os.Args[1:]...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestIngestSignalAtStart: a SIGTERM that comes while dyad ingest starts
// (its packages' initialisation, here right after internal/secret's, as
// the date parser's data loads) stops the run as one coming later does:
// the summary with nothing read, "interrupted (terminated signal
// received)" and exit 143 (128 + SIGTERM). It ended the process at once,
// exit 143 and not a word (known leftover). The process is this test binary running main
// (TestMain); GODEBUG=inittrace=1 tells when each package is initialised.
func TestIngestSignalAtStart(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(in, []byte("DATE: 2024-03-02\n\nBolivia expelled two Peruvian diplomats on Friday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, errs := runSignalledAtStart(t, "ingest", "--db", filepath.Join(dir, "x.db"), in)
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	if code != 143 || len(lines) != 3 || !strings.HasPrefix(lines[0], "ingested 0 inputs: 0 articles read") ||
		!strings.HasPrefix(lines[1], "  interrupted (terminated signal received): 0 articles read were not stored, 1 of 1 input not read") ||
		lines[2] != "dyad: interrupted (terminated signal received)" {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 143, the summary of nothing read, the interrupted line and the error", code, errs)
	}
}
