package sqlite

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// lockFolder makes dir unwritable for this process — its mode 0555, and
// for root, whom modes do not stop, the immutable attribute (chattr +i) —
// and returns the func that makes it writable again; the test is skipped
// where neither is possible.
func lockFolder(t *testing.T, dir string) (unlock func()) {
	t.Helper()
	unlock = func() {
		if os.Geteuid() == 0 {
			exec.Command("chattr", "-i", dir).Run()
		}
		os.Chmod(dir, 0o755)
	}
	os.Chmod(dir, 0o555)
	if os.Geteuid() == 0 {
		if out, err := exec.Command("chattr", "+i", dir).CombinedOutput(); err != nil {
			unlock()
			t.Skipf("running as root, and chattr +i %s: %v: %s", dir, err, out)
		}
	}
	t.Cleanup(unlock)
	if f, err := os.CreateTemp(dir, "probe-*"); err == nil {
		f.Close()
		os.Remove(f.Name())
		unlock()
		t.Skip("the folder is still writable (no way to make it read-only here)")
	}
	return unlock
}

// TestOpenReadOnlyFolder: a store in a folder this process cannot write
// (so SQLite cannot create its -shm file) is read from a private copy
// taken when it is opened, a true snapshot: Snapshot says so, an ingest
// into the store meanwhile changes nothing it answers (reading the shared
// file without locks could give wrong answers or "malformed" errors),
// Close removes the copy, and a store opened again is copied afresh. A
// -wal file holding writes is refused by name.
func TestOpenReadOnlyFolder(t *testing.T) {
	ctx := context.Background()
	tmp, dir, path := sharedStore(t, true)
	old := time.Now().Add(-time.Minute) // (settled: no wait for the copy)
	os.Chtimes(path, old, old)
	unlock := lockFolder(t, dir)

	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatalf("OpenReadOnly in an unwritable folder: %v", err)
	}
	if !ro.Snapshot() || ro.Path() != path {
		t.Errorf("Snapshot() %v, Path() %s: want true, %s", ro.Snapshot(), ro.Path(), path)
	}
	copies, _ := filepath.Glob(filepath.Join(tmp, "dyad-snapshot-*-shared.db"))
	if len(copies) != 1 {
		t.Errorf("copies in TMPDIR: %v, want one", copies)
	}

	// the owner ingests meanwhile
	unlock()
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	save(t, w, newArticle("https://example.org/b", "Example Wire", "2024-07-14", []string{"Kenya and Uganda resumed border talks in Nairobi on Tuesday, officials said."}))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if c, err := ro.Counts(ctx); err != nil || c.Articles != 1 {
		t.Errorf("counts after an ingest into the store %+v, %v; want the snapshot's 1 article", c, err)
	}
	if s, err := ro.IntegrityCheck(ctx); err != nil || s != "ok" {
		t.Errorf("integrity_check of the snapshot %q, %v", s, err)
	}
	if err := ro.Close(); err != nil {
		t.Fatal(err)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("Close left %d files in TMPDIR", len(left))
	}

	os.Chtimes(path, old, old)
	lockFolder(t, dir)
	ro, err = OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	if c, err := ro.Counts(ctx); err != nil || c.Articles != 2 {
		t.Errorf("counts of a snapshot taken after the ingest %+v, %v; want 2 articles", c, err)
	}
	ro.Close()

	unlock()
	if err := os.WriteFile(path+"-wal", []byte("pending"), 0o644); err != nil {
		t.Fatal(err)
	}
	lockFolder(t, dir)
	_, err = OpenReadOnly(path)
	want := "open " + path + ": the folder is not writable and " + path + "-wal holds writes not yet in the store: its owner can fold them in by running `dyad ingest --db " + path + "` (with no inputs), or copy the store to a writable folder"
	if err == nil || err.Error() != want {
		t.Errorf("OpenReadOnly with a pending -wal: %v\nwant %s", err, want)
	}
}

// TestSnapshotCopyWrittenMeanwhile: a copy that a write to the store
// spoils (the file's time or size moved while it was copied) is taken
// again, and after snapshotTries spoilt copies OpenReadOnly gives up
// saying why, leaving no copy; a store written just now is copied once it
// has settled.
func TestSnapshotCopyWrittenMeanwhile(t *testing.T) {
	dir, tmp := t.TempDir(), t.TempDir()
	path := filepath.Join(dir, "busy.db")
	if err := os.WriteFile(path, []byte("SQLite format 3\x00 pages"), 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Minute)
	os.Chtimes(path, old, old)
	writes := 0
	_, err := snapshotCopy(path, tmp, 0, func() {
		writes++
		ts := old.Add(time.Duration(writes) * time.Second)
		os.Chtimes(path, ts, ts)
	})
	want := fmt.Sprintf("open %s: the folder is not writable, so dyad reads a copy of the store, and the store changed while it was copied, 3 times: "+
		"a dyad ingest is writing it; try again when it is done, or copy the store to a writable folder", path)
	if err == nil || err.Error() != want || writes != snapshotTries {
		t.Errorf("%d copies, err %v\nwant %d, %s", writes, err, snapshotTries, want)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("%d copies left behind", len(left))
	}

	// written once, during the first copy: the second is kept
	writes = 0
	name, err := snapshotCopy(path, tmp, 0, func() {
		if writes++; writes == 1 {
			os.WriteFile(path, []byte("SQLite format 3\x00 more pages"), 0o644)
		}
	})
	if got, _ := os.ReadFile(name); err != nil || writes != 2 || string(got) != "SQLite format 3\x00 more pages" {
		t.Errorf("%d copies, err %v, copy %q", writes, err, got)
	}

	// written just now: copied once it has gone unmodified for settle
	os.WriteFile(path, []byte("SQLite format 3\x00 fresh"), 0o644)
	start := time.Now()
	if _, err := snapshotCopy(path, tmp, 300*time.Millisecond, nil); err != nil || time.Since(start) < 250*time.Millisecond {
		t.Errorf("fresh store: err %v after %v, want a copy after the settle", err, time.Since(start))
	}
}

// TestReadOnlyFolderProbe: only SQLite's refusal to open a store (no
// -shm file possible) leads to the write probe, and only a permission
// error (or a read-only file system) of the probe makes a folder
// read-only; a full disk does not.
func TestReadOnlyFolderProbe(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.db")
	if isReadOnlyFolder(errors.New("unable to open database file (14)"), path) {
		t.Error("a plain error read as SQLite's")
	}
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{&os.PathError{Op: "open", Path: dir, Err: syscall.EACCES}, true},
		{&os.PathError{Op: "open", Path: dir, Err: syscall.EPERM}, true},
		{&os.PathError{Op: "open", Path: dir, Err: syscall.EROFS}, true},
		{&os.PathError{Op: "open", Path: dir, Err: syscall.ENOSPC}, false},
		{&os.PathError{Op: "open", Path: dir, Err: syscall.ENOENT}, false},
	} {
		if got := notPermitted(tc.err); got != tc.want {
			t.Errorf("notPermitted(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
	// a file that is no database, in an unwritable folder: its own error
	bogus := filepath.Join(dir, "notes.db")
	if err := os.WriteFile(bogus, []byte(strings.Repeat("not a database ", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	lockFolder(t, dir)
	if _, err := OpenReadOnly(bogus); err == nil || !strings.Contains(err.Error(), "file is not a database") {
		t.Errorf("OpenReadOnly of no database in an unwritable folder: %v", err)
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

// TestStaleSnapshotsRemoved: a copy of a store left in TMPDIR by a dyad
// that was killed (its process id no longer running) is removed when the
// next copy is taken there; the copies of running processes, another
// user's copies and files of other names are kept, and the new copy is
// named by this process's id.
func TestStaleSnapshotsRemoved(t *testing.T) {
	dir, tmp := t.TempDir(), t.TempDir()
	path := filepath.Join(dir, "shared.db")
	if err := os.WriteFile(path, []byte("store"), 0o644); err != nil {
		t.Fatal(err)
	}
	ended := exec.Command("true")
	if err := ended.Run(); err != nil {
		t.Fatal(err)
	}
	dead := ended.Process.Pid
	if !processGone(dead) {
		t.Skipf("process id %d was reused at once", dead)
	}
	running := exec.Command("sleep", "60")
	if err := running.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { running.Process.Kill(); running.Wait() })
	live, self := running.Process.Pid, os.Getpid()

	files := map[string]bool{ // name: kept
		fmt.Sprintf("dyad-snapshot-%d-123-shared.db", dead):  false,
		fmt.Sprintf("dyad-snapshot-%d-9-other.db", dead):     false,
		fmt.Sprintf("dyad-snapshot-%d-456-shared.db", live):  true,
		fmt.Sprintf("dyad-snapshot-%d-789-shared.db", self):  true,
		fmt.Sprintf("dyad-snapshot-%d-notes.db", dead):       true, // no number after the id
		fmt.Sprintf("dyad-snapshot-%d-55-", dead):            true, // no store name
		fmt.Sprintf("dyad-snapshot-x%d-55-shared.db", dead):  true,
		fmt.Sprintf("my-dyad-snapshot-%d-5-shared.db", dead): true,
		"notes.txt": true,
	}
	theirs := fmt.Sprintf("dyad-snapshot-%d-321-theirs.db", dead)
	for name := range files {
		if err := os.WriteFile(filepath.Join(tmp, name), []byte("copy"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if os.Geteuid() == 0 {
		os.WriteFile(filepath.Join(tmp, theirs), []byte("copy"), 0o600)
		if err := os.Chown(filepath.Join(tmp, theirs), 65534, 65534); err == nil {
			files[theirs] = true
		} else {
			os.Remove(filepath.Join(tmp, theirs))
		}
	}

	copyPath, err := snapshotCopy(path, tmp, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Base(copyPath)
	if !strings.HasPrefix(name, fmt.Sprintf("dyad-snapshot-%d-", self)) || !strings.HasSuffix(name, "-shared.db") {
		t.Errorf("copy named %s, want dyad-snapshot-%d-N-shared.db", name, self)
	}
	if pid, ok := snapshotPID(name); !ok || pid != self {
		t.Errorf("snapshotPID(%s) = %d, %v; want %d, true", name, pid, ok, self)
	}
	var want, got []string
	for name, kept := range files {
		if kept {
			want = append(want, name)
		}
	}
	want = append(want, name)
	entries, _ := os.ReadDir(tmp)
	for _, e := range entries {
		got = append(got, e.Name())
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("TMPDIR after the copy:\n got %q\nwant %q", got, want)
	}
}

// sharedStore creates the store dir/shared.db in a fresh folder dir,
// holding one article when withArticle, and points TMPDIR (where the
// snapshot copies of a store in a read-only folder go) at a fresh folder
// tmp. It returns the three paths; the store is closed.
func sharedStore(t *testing.T, withArticle bool) (tmp, dir, path string) {
	t.Helper()
	tmp = t.TempDir()
	t.Setenv("TMPDIR", tmp)
	dir = t.TempDir()
	path = filepath.Join(dir, "shared.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if withArticle {
		save(t, db, newArticle("https://example.org/a", "Example Wire", "2024-07-13", story))
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return tmp, dir, path
}
