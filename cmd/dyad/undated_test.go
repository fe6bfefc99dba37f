package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUndatedWarning: dyad code and dyad ingest warn once per input whose
// articles have no publication date (office holders then get their
// country's code alone), not for a dated input nor with --date.
func TestUndatedWarning(t *testing.T) {
	dir := t.TempDir()
	undated := filepath.Join(dir, "undated.txt")
	dated := filepath.Join(dir, "dated.txt")
	body := "The prime minister met the president of Kenya in Nairobi on Monday.\n\nThey agreed to expand trade.\n"
	if err := os.WriteFile(undated, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dated, []byte("DATE: 2024-03-04\n\n"+body), 0o644); err != nil {
		t.Fatal(err)
	}
	jsonl := filepath.Join(dir, "two.jsonl")
	if err := os.WriteFile(jsonl, []byte(`{"id":"a","text":"Kenya and Uganda resumed talks."}`+"\n"+
		`{"id":"b","date":"2024-03-04","text":"Kenya and Uganda resumed talks again."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	const tail = ": office holders get their country's code alone (GBR, not GBRGOV); give --date YYYY-MM-DD"
	want := "dyad: warning: " + undated + ": no publication date" + tail + "\n" +
		"dyad: warning: " + jsonl + ": 1 of 2 articles have no publication date" + tail + "\n"
	if _, stderr, code := run(t, "code", "--format", "json", undated, dated, jsonl); code != 0 || stderr != want {
		t.Errorf("code: exit %d, stderr:\n%s\nwant:\n%s", code, stderr, want)
	}
	if _, stderr, code := run(t, "code", "--format", "json", "--date", "2024-03-04", undated, jsonl); code != 0 || stderr != "" {
		t.Errorf("code --date: exit %d, stderr:\n%s\nwant none", code, stderr)
	}
	db := filepath.Join(dir, "a.db")
	_, stderr, code := run(t, "ingest", "--db", db, undated, dated)
	if w := "dyad: warning: " + undated + ": no publication date" + tail + "\n"; code != 0 || !strings.HasPrefix(stderr, w) || strings.Count(stderr, "warning") != 1 {
		t.Errorf("ingest: exit %d, stderr:\n%s\nwant first:\n%s", code, stderr, w)
	}
	_, stderr, code = run(t, "ingest", "--db", filepath.Join(dir, "b.db"), "--date", "2024-03-04", undated)
	if code != 0 || strings.Contains(stderr, "warning") {
		t.Errorf("ingest --date: exit %d, stderr:\n%s", code, stderr)
	}
}
