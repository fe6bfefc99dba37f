package sqlite

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestLockWriter: a second writer lock on a store fails at once naming the
// holder's pid; readers and other DB values work meanwhile; the lock is
// free again after unlock.
func TestLockWriter(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "locked.db")
	unlock, err := LockWriter(path)
	if err != nil {
		t.Fatal(err)
	}
	db, err := Open(path) // the file LockWriter created empty
	if err != nil {
		t.Fatal(err)
	}
	a := newArticle("https://example.org/a", "Example Wire", "2024-07-13", story)
	save(t, db, a)

	_, err = LockWriter(path)
	var le *LockedError
	if !errors.As(err, &le) || le.Path != path || le.PID != os.Getpid() {
		t.Fatalf("second LockWriter: %v (%#v), want a LockedError with pid %d", err, le, os.Getpid())
	}
	if want := fmt.Sprintf("%s is being written by another dyad ingest or dyad worker (pid %d)", path, os.Getpid()); err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatalf("reading a locked store: %v", err)
	}
	if c, err := ro.Counts(ctx); err != nil || c.Articles != 1 {
		t.Errorf("read-only counts %+v, %v; want 1 article", c, err)
	}
	ro.Close()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if err := unlock(); err != nil {
		t.Fatal(err)
	}
	unlock, err = LockWriter(path)
	if err != nil {
		t.Fatalf("LockWriter after unlock: %v", err)
	}
	unlock()
	if _, err := LockWriter(filepath.Join(t.TempDir(), "no", "such", "dir.db")); err == nil {
		t.Error("LockWriter in a missing folder succeeded")
	}
}
