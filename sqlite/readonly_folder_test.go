package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOpenReadOnlyFolder: a store in a folder this process cannot write
// (so SQLite cannot create its -shm file) is read as an immutable
// snapshot, Snapshot says so, and a -wal file holding writes is refused
// by name. Root writes anywhere, so the test needs another user.
func TestOpenReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root, who can write any folder: run as another user to test unwritable folders")
	}
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "shared.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	save(t, db, newArticle("https://example.org/a", "Example Wire", "2024-07-13", story))
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)

	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatalf("OpenReadOnly in an unwritable folder: %v", err)
	}
	if !ro.Snapshot() {
		t.Error("Snapshot() false for a store read in an unwritable folder")
	}
	if c, err := ro.Counts(ctx); err != nil || c.Articles != 1 {
		t.Errorf("counts %+v, %v; want 1 article", c, err)
	}
	ro.Close()

	os.Chmod(dir, 0o755)
	if err := os.WriteFile(path+"-wal", []byte("pending"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chmod(dir, 0o555)
	_, err = OpenReadOnly(path)
	if err == nil || !strings.Contains(err.Error(), path+"-wal holds writes not yet in the store") {
		t.Errorf("OpenReadOnly with a pending -wal: %v, want the -wal file named", err)
	}
}

// TestOpenReadOnlyWritableFolder: a store in a writable folder is read
// live, not as a snapshot.
func TestOpenReadOnlyWritableFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "live.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if ro.Snapshot() {
		t.Error("Snapshot() true for a store in a writable folder")
	}
}
