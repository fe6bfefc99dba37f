package bench

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestRunLegacyText: a text file in Windows-1252 found in a folder is read
// as dyad ingest reads it, as Windows-1252, not failed as invalid UTF-8
// (lee_abc_news's lee_test_41.txt, session 70: bench failed it, exit 1,
// while ingest read it with a warning); named as a FILE it stays a
// failure, as dyad ingest fails a named file that is not UTF-8. A UTF-8
// file with a stray byte is no legacy text and fails both ways.
func TestRunLegacyText(t *testing.T) {
	coder := newCoder(t)
	dir := t.TempDir()
	for name, body := range map[string]string{
		"latin.txt": "Caf\xe9 owners said Russia attacked Ukraine on Friday.\n",
		"plain.txt": "Kenyan police arrested 30 protesters in Nairobi on Friday.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r, err := Run(context.Background(), Config{Coder: coder, Workers: 1}, dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Failures) != 0 {
		t.Errorf("folder: failures %q, want none", r.Failures)
	}
	for _, s := range r.Stages {
		if s.Articles != 2 {
			t.Errorf("folder: %s: %d articles, want 2", s.Name, s.Articles)
		}
	}
	r, err = Run(context.Background(), Config{Coder: coder, Workers: 1}, filepath.Join(dir, "latin.txt"), filepath.Join(dir, "plain.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Failures) != 1 || r.Failures[0].Input != filepath.Join(dir, "latin.txt")+":1" {
		t.Errorf("files named: failures %q, want latin.txt's", r.Failures)
	}
	if err := os.WriteFile(filepath.Join(dir, "latin.txt"), []byte("Caf\xc3\xa9 owners said Russia attacked Ukraine on Friday \x92.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err = Run(context.Background(), Config{Coder: coder, Workers: 1}, dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Failures) != 1 {
		t.Errorf("UTF-8 with a stray byte: failures %q, want one", r.Failures)
	}
}
