package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/eval"
)

// TestEvalCorpusLineErrors: dyad eval names every corpus gold line that
// fails by gold file, line and id, and exits 1.
func TestEvalCorpusLineErrors(t *testing.T) {
	dir := t.TempDir()
	corpora := filepath.Join(dir, "corpora")
	if err := os.MkdirAll(corpora, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(corpora, "a.txt"), []byte("TITLE: Envoy recalled\nDATE: 2024-03-05\n\nKenya recalled its envoy to Uganda. Uganda said it regretted the step.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join(dir, "gold.jsonl")
	lines := `{"id":"a","file":"a.txt","sentence":0,"sha256":"` + eval.SentenceHash("Kenya recalled its envoy to Uganda.") + `","events":[]}
{"id":"b","file":"a.txt","sentence":1,"sha256":"` + eval.SentenceHash("Uganda said something else.") + `","events":[]}
{"id":"c","file":"b.txt","sentence":0,"sha256":"0123456789abcdef","events":[]}
`
	if err := os.WriteFile(gold, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := run(t, "eval", "-q", "--corpora", corpora, gold)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{
		gold + ":2: sentence b: sentence 1 of " + filepath.Join(corpora, "a.txt") + " is not the one annotated",
		gold + ":3: sentence c: no file " + filepath.Join(corpora, "b.txt"),
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q\nwant %q", stderr, want)
		}
	}
}
