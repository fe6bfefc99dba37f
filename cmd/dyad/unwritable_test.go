// Tests of the errors dyad ingest gives for a store it may not create or write.
package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// unwritable makes path (a folder or file) unwritable for this process —
// mode 0555 (0444 for a file), and for root, whom modes do not stop, the
// immutable attribute (chattr +i) — until the test ends; the test is
// skipped where that cannot be done.
func unwritable(t *testing.T, path string, dir bool) {
	t.Helper()
	mode, back := os.FileMode(0o444), os.FileMode(0o644)
	if dir {
		mode, back = 0o555, 0o755
	}
	undo := func() {
		if os.Geteuid() == 0 {
			exec.Command("chattr", "-i", path).Run()
		}
		os.Chmod(path, back)
	}
	os.Chmod(path, mode)
	if os.Geteuid() == 0 {
		if out, err := exec.Command("chattr", "+i", path).CombinedOutput(); err != nil {
			undo()
			t.Skipf("running as root, and chattr +i %s: %v: %s", path, err, out)
		}
	}
	t.Cleanup(undo)
}

// TestIngestUnwritableStore: a store that cannot be created, or written,
// for want of permission is said so, naming it and what stops the write;
// a store in a folder it may not write gave SQLite's "unable to open
// database file (14)".
func TestIngestUnwritableStore(t *testing.T) {
	root := t.TempDir()
	text := filepath.Join(root, "a.txt")
	if err := os.WriteFile(text, []byte("Ruritania recalled its ambassador to Borduria on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	newDir := filepath.Join(root, "new")
	oldDir := filepath.Join(root, "old")
	fileDir := filepath.Join(root, "file")
	for _, d := range []string{newDir, oldDir, fileDir} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range []string{oldDir, fileDir} {
		if _, errs, code := run(t, "ingest", "--db", filepath.Join(d, "x.db")); code != 0 {
			t.Fatalf("making the store in %s: exit %d: %s", d, code, errs)
		}
	}
	unwritable(t, newDir, true)
	unwritable(t, oldDir, true)
	unwritable(t, filepath.Join(fileDir, "x.db"), false)
	if f, err := os.Create(filepath.Join(newDir, "probe")); err == nil {
		f.Close()
		t.Skip("the folder is still writable (no way to make it read-only here)")
	}
	for _, c := range []struct{ dir, want string }{
		{newDir, "dyad: --db " + newDir + "/x.db: cannot create the store: ~ (the folder " + newDir + " is not writable by this user)\n"},
		{oldDir, "dyad: --db " + oldDir + "/x.db: cannot write the store: ~ (its folder " + oldDir + " is not writable by this user, and SQLite writes its -wal and -shm files beside the store)\n"},
		{fileDir, "dyad: --db " + fileDir + "/x.db: cannot write the store: ~ (the file is not writable by this user)\n"},
	} {
		_, errs, code := run(t, "ingest", "--db", filepath.Join(c.dir, "x.db"), "--date", "2024-05-06", text)
		why := "permission denied"
		if os.Geteuid() == 0 {
			why = "operation not permitted" // (chattr +i)
		}
		if want := strings.Replace(c.want, "~", why, 1); code != 1 || errs != want {
			t.Errorf("exit %d, stderr:\n%s\nwant exit 1 and:\n%s", code, errs, want)
		}
	}
}
