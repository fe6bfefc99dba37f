package sqlite

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// TestUnreadableStoreMessage: a store file this user may not read is said
// so, with its mode and owner and what its owner can do, not as a failed
// copy into TMPDIR (the read-only folder's snapshot), and the error is
// fs.ErrPermission.
func TestUnreadableStoreMessage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	if err := os.WriteFile(path, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	err = unreadableStore(path, fi, 1001)
	owner := ""
	if id, ok := fileOwner(fi); ok {
		owner = ", owner uid " + strconv.Itoa(id)
	}
	want := "open " + path + ": permission denied: this user (uid 1001) may not read the store file (mode -rw-------" + owner +
		"); its owner can let others read it (chmod a+r " + path + ")"
	if err == nil || err.Error() != want || !errors.Is(err, fs.ErrPermission) {
		t.Errorf("unreadableStore:\n got %v\nwant %s", err, want)
	}
}

// TestOpenReadOnlyUnreadable: OpenReadOnly of a store file with no read
// permission, in a folder this process cannot write, fails with
// unreadableStore's message and takes no copy (skipped as root, whom
// modes do not stop).
func TestOpenReadOnlyUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: file modes do not stop reads")
	}
	tmp, dir, path := sharedStore(t, false)
	os.Chmod(path, 0)
	defer os.Chmod(path, 0o644)
	lockFolder(t, dir)
	_, err := OpenReadOnly(path)
	if err == nil || !errors.Is(err, fs.ErrPermission) {
		t.Fatalf("OpenReadOnly of an unreadable store: %v, want permission denied", err)
	}
	want := "open " + path + ": permission denied: this user (uid " + strconv.Itoa(os.Geteuid()) + ") may not read the store file (mode ----------, owner uid " +
		strconv.Itoa(os.Geteuid()) + "); its owner can let others read it (chmod a+r " + path + ")"
	if err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("%d files left in TMPDIR", len(left))
	}
}

// TestRemoveSnapshot: RemoveSnapshot removes the private copy a store in
// an unwritable folder is read from at once (a process ending on a
// signal), while the store stays open and readable; Close after it is no
// error, and it is nil for a store read in place.
func TestRemoveSnapshot(t *testing.T) {
	tmp, dir, path := sharedStore(t, true)
	other := filepath.Join(t.TempDir(), "own.db")
	db, err := Open(other)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	inPlace, err := OpenReadOnly(other)
	if err != nil {
		t.Fatal(err)
	}
	if err := inPlace.RemoveSnapshot(); err != nil || inPlace.Snapshot() {
		t.Errorf("a store read in place: RemoveSnapshot %v, Snapshot %v", err, inPlace.Snapshot())
	}
	inPlace.Close()
	old := time.Now().Add(-time.Minute) // (settled: no wait for the copy)
	os.Chtimes(path, old, old)
	lockFolder(t, dir)
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	if !ro.Snapshot() {
		t.Fatal("no snapshot taken of a store in an unwritable folder")
	}
	if err := ro.RemoveSnapshot(); err != nil {
		t.Fatalf("RemoveSnapshot: %v", err)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("RemoveSnapshot left %d files in TMPDIR", len(left))
	}
	if c, err := ro.Counts(context.Background()); err != nil || c.Articles != 1 {
		t.Errorf("counts after RemoveSnapshot %+v, %v; want 1 article read from the open copy", c, err)
	}
	if err := ro.RemoveSnapshot(); err != nil {
		t.Errorf("RemoveSnapshot again: %v", err)
	}
	if err := ro.Close(); err != nil {
		t.Errorf("Close after RemoveSnapshot: %v", err)
	}
}
