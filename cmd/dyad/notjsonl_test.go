package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPlainTextAsJSONLines: a plain text file given --input jsonl is one
// error naming the file and its first line, for dyad code and dyad
// ingest alike, not an error per line of the text.
func TestPlainTextAsJSONLines(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(in, []byte("Hello world.\nThis is plain text.\nRussia attacked Ukraine on Monday.\nMore text here.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := in + `:1: not JSON Lines (line 1 reads "Hello world."): no record read; give --input text, or auto`
	out, errs, code := run(t, "code", "--input", "jsonl", "--date", "2024-07-13", "--format", "json", in)
	if want := "dyad: " + bad + "\ndyad: 1 of 1 input failed\n"; code != 1 || out != "" || errs != want {
		t.Errorf("code: exit %d, output %q, stderr %q; want exit 1, no output, stderr %q", code, out, errs, want)
	}
	_, errs, code = run(t, "ingest", "--db", filepath.Join(dir, "x.db"), "--input", "jsonl", in)
	if want := "  failed: " + bad + "\n"; code != 1 || !strings.Contains(errs, want) || strings.Count(errs, "not JSON Lines") != 1 {
		t.Errorf("ingest: exit %d, stderr %q; want exit 1 and once %q", code, errs, want)
	}
}
