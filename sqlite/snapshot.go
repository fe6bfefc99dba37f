package sqlite

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	msqlite "modernc.org/sqlite"
)

// A store in a folder this process cannot write is read from a private
// copy, a true snapshot (OpenReadOnly): SQLite cannot read a WAL store
// there with its locks (it cannot create the -shm file), and reading the
// shared file without them (immutable=1) while its owner's dyad ingest
// writes it can give wrong answers or "database disk image is malformed".

// snapshotSettle is how long the store file must have gone unmodified
// before it is copied: a file's modification time advances by a clock
// tick (up to 10 ms on Linux, a second or two on some file systems), so a
// write in the tick of the check before the copy could leave the time as
// it was; one after the settle cannot.
const snapshotSettle = 2 * time.Second

// snapshotTries is how many copies are taken, each spoilt by a write to
// the store meanwhile, before OpenReadOnly gives up.
const snapshotTries = 3

// fileState is what a write to a store changes: its file (identity, size,
// modification time) and the size of its -wal file (-1 when absent).
type fileState struct {
	fi  os.FileInfo
	wal int64
}

func stateOf(path string) (fileState, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return fileState{}, fmt.Errorf("open %s: %w", path, err)
	}
	st := fileState{fi: fi, wal: -1}
	if w, err := os.Stat(path + "-wal"); err == nil {
		st.wal = w.Size()
	}
	return st, nil
}

func (a fileState) same(b fileState) bool {
	return os.SameFile(a.fi, b.fi) && a.fi.Size() == b.fi.Size() && a.fi.ModTime().Equal(b.fi.ModTime()) && a.wal == b.wal
}

// pendingWAL is the error of a store whose -wal file holds writes a
// copy of the store file would miss.
func pendingWAL(path string) error {
	return fmt.Errorf("open %s: the folder is not writable and %s-wal holds writes not yet in the store: "+
		"its owner can fold them in by running `dyad ingest --db %s` (with no inputs), or copy the store to a writable folder", path, path, path)
}

// snapshotCopy copies the store at path into a new file in dir and
// returns the copy's path, named dyad-snapshot-PID-N-STORE (this
// process's id, a random number, the store file's name), after removing
// the copies in dir that dyad processes no longer running left
// (removeStaleSnapshots). The copy is the store as it stood: the store
// file has gone unmodified for settle first, and is the same file, of the
// same size and modification time, with no -wal file holding writes,
// before and after the copy; a copy a write spoilt is taken again, up to
// snapshotTries times in all. copied, when not nil, runs after each copy
// (tests write to the store there). Errors name path.
func snapshotCopy(path, dir string, settle time.Duration, copied func()) (string, error) {
	removeStaleSnapshots(dir)
	for try := 1; ; try++ {
		before, err := stateOf(path)
		if err != nil {
			return "", err
		}
		if before.wal > 0 {
			return "", pendingWAL(path)
		}
		if age := time.Since(before.fi.ModTime()); age < settle {
			time.Sleep(settle - age)
			if before, err = stateOf(path); err != nil {
				return "", err
			}
			if before.wal > 0 {
				return "", pendingWAL(path)
			}
		}
		name, err := copyFile(path, dir)
		if err != nil {
			return "", fmt.Errorf("open %s: the folder is not writable, so dyad reads a copy of the store, and copying it into %s failed: %w "+
				"(set TMPDIR to a folder with room for it, or copy the store to a writable folder)", path, dir, err)
		}
		if copied != nil {
			copied()
		}
		after, err := stateOf(path)
		if err == nil && after.same(before) {
			return name, nil
		}
		os.Remove(name)
		if err != nil {
			return "", err
		}
		if try == snapshotTries {
			return "", fmt.Errorf("open %s: the folder is not writable, so dyad reads a copy of the store, and the store changed while it was copied, %d times: "+
				"a dyad ingest is writing it; try again when it is done, or copy the store to a writable folder", path, snapshotTries)
		}
	}
}

// snapshotPrefix starts the name of every copy snapshotCopy takes.
const snapshotPrefix = "dyad-snapshot-"

// removeStaleSnapshots removes the copies of stores (snapshotCopy) in dir
// that a dyad process left when it was killed before it could close the
// store or remove the copy (SIGKILL, a broken pipe, a signal it does not
// handle: Close and RemoveSnapshot remove a copy, an exit by a signal
// does not): files named dyad-snapshot-PID-N-STORE, owned by
// this process's user, whose PID no process has any longer. The copies of
// running processes (this one's, another user's) are kept, as are files
// of other names. A process id a new process has reused keeps its copy
// until that process ends; where processes cannot be looked up (not
// Unix) nothing is removed. Errors are ignored: a copy left is only
// space.
func removeStaleSnapshots(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		pid, ok := snapshotPID(e.Name())
		if !ok || pid == os.Getpid() || !e.Type().IsRegular() {
			continue
		}
		fi, err := e.Info()
		if err != nil || !ownedByUser(fi) || !processGone(pid) {
			continue
		}
		os.Remove(filepath.Join(dir, e.Name()))
	}
}

// snapshotPID is the process id in the name of a copy snapshotCopy took
// (dyad-snapshot-PID-N-STORE); ok is false for any other name.
func snapshotPID(name string) (pid int, ok bool) {
	rest, ok := strings.CutPrefix(name, snapshotPrefix)
	if !ok {
		return 0, false
	}
	id, rest, ok := strings.Cut(rest, "-")
	if !ok {
		return 0, false
	}
	n, rest, ok := strings.Cut(rest, "-")
	if !ok || rest == "" || !digits(n) || !digits(id) {
		return 0, false
	}
	p, err := strconv.ParseInt(id, 10, 32)
	if err != nil || p <= 0 {
		return 0, false
	}
	return int(p), true
}

// digits reports a non-empty string of ASCII digits.
func digits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// copyFile copies the file at path into a new file in dir and returns its
// path; on an error it leaves no file.
func copyFile(path, dir string) (string, error) {
	src, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer src.Close()
	dst, err := os.CreateTemp(dir, fmt.Sprintf("%s%d-*-%s", snapshotPrefix, os.Getpid(), filepath.Base(path)))
	if err != nil {
		return "", err
	}
	_, err = io.Copy(dst, src)
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(dst.Name())
		return "", err
	}
	return dst.Name(), nil
}

// isReadOnlyFolder reports whether err is SQLite's refusal to open a WAL
// store whose -shm file it cannot create (SQLITE_CANTOPEN, or
// SQLITE_READONLY_DIRECTORY) and path's folder is not writable by this
// process: a file cannot be created there for want of permission (EACCES,
// EPERM) or on a read-only file system (EROFS). Any other error of
// SQLite's (a file that is no database, an I/O error) or of the probe (a
// full disk) is no read-only folder.
func isReadOnlyFolder(err error, path string) bool {
	var se *msqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	if c := se.Code(); c&0xff != 14 && c != 1544 { // SQLITE_CANTOPEN (any), SQLITE_READONLY_DIRECTORY
		return false
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".dyad-write-probe-*")
	if err != nil {
		return notPermitted(err)
	}
	f.Close()
	os.Remove(f.Name())
	return false
}

// notPermitted reports an error that refuses a write for want of
// permission or on a read-only file system.
func notPermitted(err error) bool {
	return errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS)
}

// readable returns nil when this process can open the store file at path
// (fi its FileInfo) for reading, else an error naming it: for want of
// permission, "open /srv/dyad/shared.db: permission denied: this user
// (uid 1001) may not read the store file (mode -rw-------, owner uid
// 1000); its owner can let others read it (chmod a+r
// /srv/dyad/shared.db)", not the advice about TMPDIR that a failed copy
// of it would give (the copy reads the file too); another error as it
// is ("open PATH: is a directory").
func readable(path string, fi os.FileInfo) error {
	f, err := os.Open(path)
	if err == nil {
		f.Close()
		return nil
	}
	if errors.Is(err, fs.ErrPermission) {
		return unreadableStore(path, fi, os.Geteuid())
	}
	return fmt.Errorf("open %s: %w", path, errors.Unwrap(err))
}

// unreadableStore is readable's error for the store file at path that
// the user uid may not read.
func unreadableStore(path string, fi os.FileInfo, uid int) error {
	owner := ""
	if id, ok := fileOwner(fi); ok {
		owner = fmt.Sprintf(", owner uid %d", id)
	}
	return fmt.Errorf("open %s: %w: this user (uid %d) may not read the store file (mode %v%s); its owner can let others read it (chmod a+r %s)",
		path, fs.ErrPermission, uid, fi.Mode().Perm(), owner, path)
}
