package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestDataFileDocs: dyad ingest --help and the README say that a
// text file of data found in a folder (GDELT records, a table, a JSON
// document) is not read, with a warning (review74a: only the CHANGELOG
// said so).
func TestIngestDataFileDocs(t *testing.T) {
	out, _, code := run(t, "ingest", "--help")
	flat := strings.Join(strings.Fields(out), " ")
	if want := "nor is a text file of data there (GDELT records, a table, a JSON document), with a warning naming it;"; code != 0 || !strings.Contains(flat, want) {
		t.Errorf("dyad ingest --help (exit %d) does not say %q", code, want)
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	flat = strings.Join(strings.Fields(string(readme)), " ")
	if want := "a text file of data there, GDELT records written field by field, a table or a JSON document, is counted as ignored with a warning naming it and what it is"; !strings.Contains(flat, want) {
		t.Errorf("README does not say %q", want)
	}
}

// TestCodeRepeatHelp: dyad code --help says that an article read again in
// one run is coded once (review74a: only the README said so).
func TestCodeRepeatHelp(t *testing.T) {
	out, _, code := run(t, "code", "--help")
	flat := strings.Join(strings.Fields(out), " ")
	if want := "An article read again in one run (the same id, or the same headline, text and publication date: a feed listing an item twice, one file named twice) is coded once, with a warning on standard error naming the repeat and the first."; code != 0 || !strings.Contains(flat, want) {
		t.Errorf("dyad code --help (exit %d) does not say %q", code, want)
	}
}
