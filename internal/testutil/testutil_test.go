package testutil

import (
	"os"
	"path/filepath"
	"testing"
)

// TestCorporaEnv: DYAD_CORPORA names the corpus folder for Corpora and for
// Files' ../shared/corpora/ globs.
func TestCorporaEnv(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "wire"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "wire", "a.txt"), []byte("Talks resumed."), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv(CorporaEnv, dir)
	if got := Corpora(t, "wire"); got != filepath.Join(dir, "wire") {
		t.Errorf("Corpora = %s, want %s/wire", got, dir)
	}
	if got := Files(t, 5, "../shared/corpora/wire/*.txt"); len(got) != 1 || string(got[0]) != "Talks resumed." {
		t.Errorf("Files read %q, want the one file of %s/wire", got, dir)
	}
}
