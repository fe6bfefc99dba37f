package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestSummaryWording: a refused input is said so (not "ingested 0
// inputs" alone); --json lists no failures as [] (not null).
func TestIngestSummaryWording(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	missing := filepath.Join(dir, "missing.txt")
	_, errs, code := run(t, "ingest", "--db", db, missing)
	want := "ingested 0 inputs (1 input refused): 0 articles read, 0 added (0 near-duplicates), 0 already stored; 0 new events, 0 mentions; 1 failure;"
	if code != 1 || !strings.HasPrefix(errs, want) || !strings.Contains(errs, "dyad: 1 input failed (listed above)") {
		t.Errorf("exit %d:\n%s\nwant it to start %s", code, errs, want)
	}
	in := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(in, []byte("DATE: 2024-03-02\n\nNorth Korea fired two ballistic missiles into the sea on Friday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "ingest", "--db", db, "--json", in)
	if code != 0 || !strings.Contains(out, `"failures": [],`) || !strings.Contains(out, `"refused": 0,`) ||
		!strings.HasPrefix(errs, "ingested 1 input: 1 article read, 1 added (0 near-duplicates), 0 already stored; 1 new event, 1 mention; 0 failures;") {
		t.Errorf("exit %d, summary:\n%s%s", code, out, errs)
	}
}
