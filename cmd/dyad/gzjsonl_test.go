package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/testutil"
)

// TestGzipJSONLCodeExtract: dyad code --input jsonl reads a gzip'd JSON
// Lines file (it was refused, "binary data (NUL byte at byte 8): not JSON
// Lines"), and dyad extract streams a .jsonl.gz record by record with
// --input auto, as dyad ingest does: one cut off keeps its records before
// the cut (read whole, it was "truncated gzip data", no record).
func TestGzipJSONLCodeExtract(t *testing.T) {
	dir := t.TempDir()
	data, ends := testutil.Gzip(t, `{"id":"g1","date":"2024-07-13","text":"North Korea denounced South Korea on Saturday."}`+"\n",
		`{"id":"g2","date":"2024-07-13","text":"`+strings.Repeat("Chile praised Peru for the talks that were held on Monday, and the officials said they would meet again. ", 10)+`"}`+"\n")
	whole := filepath.Join(dir, "wire.data")
	cut := filepath.Join(dir, "cut.jsonl.gz")
	if os.WriteFile(whole, data, 0o644) != nil || os.WriteFile(cut, data[:ends[0]+20], 0o644) != nil {
		t.Fatal("write")
	}
	out, errs, code := run(t, "code", "--input", "jsonl", "--format", "json", whole)
	if code != 0 || !strings.Contains(out, `"article_id":"g1"`) || errs != "" {
		t.Errorf("code --input jsonl: exit %d, output %q, stderr %q; want g1's events", code, out, errs)
	}
	out, errs, code = run(t, "extract", "--jsonl", cut)
	want := "dyad: " + cut + ": truncated gzip data (the records before the cut are read)\ndyad: 1 of 1 input failed\n"
	if code != 1 || !strings.Contains(out, `"id":"g1"`) || strings.Count(out, "\n") != 1 || errs != want {
		t.Errorf("extract cut: exit %d, output %q, stderr %q; want g1 and %q", code, out, errs, want)
	}
}
