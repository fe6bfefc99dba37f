// Tests that a reader leaves no -wal or -shm file beside the store.
package sqlite

import (
	"context"
	"os"
	"testing"
)

// walFiles returns which of path's -wal and -shm files exist.
func walFiles(path string) (wal, shm bool) {
	return exists(path + "-wal"), exists(path + "-shm")
}

// TestReadOnlyLeavesNoWAL: a store read by OpenReadOnly (dyad events,
// export, serve) and closed has no -wal nor -shm file beside it, as after
// dyad ingest; they were left. While another reader or a writer has the
// store open the files stay (SQLite's rule: only its last user removes
// them), and that one reads and writes on.
func TestReadOnlyLeavesNoWAL(t *testing.T) {
	ctx := context.Background()
	_, _, path := sharedStore(t, true)
	if wal, shm := walFiles(path); wal || shm {
		t.Fatalf("after the writer closed: -wal %v, -shm %v", wal, shm)
	}
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ro.Version(ctx); err != nil {
		t.Fatal(err)
	}
	if err := ro.Close(); err != nil {
		t.Fatal(err)
	}
	if wal, shm := walFiles(path); wal || shm {
		t.Errorf("after a reader closed: -wal %v, -shm %v, want neither", wal, shm)
	}

	// two readers: the first to close leaves the files to the second
	a, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	a.Close()
	if wal, shm := walFiles(path); !wal || !shm {
		t.Errorf("a reader still open: -wal %v, -shm %v, want both", wal, shm)
	}
	if _, err := b.Version(ctx); err != nil {
		t.Errorf("the other reader: %v", err)
	}
	b.Close()
	if wal, shm := walFiles(path); wal || shm {
		t.Errorf("after the last reader closed: -wal %v, -shm %v, want neither", wal, shm)
	}

	// a writer open: a reader's close leaves its files, and it writes on
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	r, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Version(ctx); err != nil {
		t.Fatal(err)
	}
	r.Close()
	if wal, shm := walFiles(path); !wal || !shm {
		t.Errorf("a writer still open: -wal %v, -shm %v, want both", wal, shm)
	}
	save(t, w, newArticle("https://example.org/b", "Example Wire", "2024-07-14", story))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
}
