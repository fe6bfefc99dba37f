package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/ingest"
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
	if code != 0 || !strings.Contains(out, `"failures": [],`) || !strings.Contains(out, `"refused": 0,`) || errs != "" {
		t.Errorf("exit %d, summary:\n%s%s\nwant the JSON summary only, nothing on stderr", code, out, errs)
	}
	in2 := filepath.Join(dir, "b.txt")
	if err := os.WriteFile(in2, []byte("DATE: 2024-03-02\n\nIran expelled two British diplomats on Friday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code = run(t, "ingest", "--db", db, in2)
	if code != 0 || !strings.HasPrefix(errs, "ingested 1 input: 1 article read, 1 added (0 near-duplicates), 0 already stored; 1 new event, 1 mention; 0 failures;") {
		t.Errorf("exit %d, summary:\n%s", code, errs)
	}
}

// TestIngestSummaryStopped: a run the store stopped (a full disk) says
// so after its counts, with what it did not store and did not read.
func TestIngestSummaryStopped(t *testing.T) {
	var b strings.Builder
	printSummary(&b, ingest.Summary{Inputs: 92, Read: 92, Added: 64, Mentions: 80,
		Stopped: "commit: database or disk is full (13)", NotStored: 28, Unread: 108})
	want := "ingested 92 inputs: 92 articles read, 64 added (0 near-duplicates), 0 already stored; 0 new events, 80 mentions; 0 failures; 0.0s (0.0 articles/s)\n" +
		"  stopped early by the error below: 28 articles read were not stored, 108 of 200 inputs not read; run the same command again once it is fixed (the articles stored are skipped)\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	b.Reset()
	printSummary(&b, ingest.Summary{Inputs: 1, Read: 1, Stopped: "context canceled", NotStored: 1})
	if got := strings.SplitN(b.String(), "\n", 2)[1]; got != "  stopped early by the error below: 1 article read was not stored, 0 of 1 input not read; run the same command again once it is fixed (the articles stored are skipped)\n" {
		t.Errorf("one article: %q", got)
	}
}
