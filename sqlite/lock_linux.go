package sqlite

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// LockWriter takes the writer lock of the store file at path, creating
// the file (empty) when absent: an exclusive advisory lock (flock) on the
// file itself, held until unlock is called. dyad ingest holds it while it
// writes, because a DB keeps its near-duplicate index in memory and two
// processes writing one store would each miss the other's articles. It
// fails at once with a *LockedError, naming the holder's pid when
// /proc/locks shows it, when another open of the file holds the lock.
// Readers (Open, OpenReadOnly, other processes' queries) are not
// affected: SQLite's own locks are fcntl locks, independent of flock on
// Linux. Call unlock after closing the DB: closing a descriptor of the
// file before would drop the process's SQLite locks on it.
//
// Only on Linux; elsewhere LockWriter does nothing (BSD and macOS flock
// and SQLite's fcntl locks interact).
func LockWriter(path string) (unlock func() error, err error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("--db: %w", err) // "open /no/dir/x.db: no such file or directory"
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		defer f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, &LockedError{Path: path, PID: lockHolder(f)}
		}
		return nil, fmt.Errorf("locking %s for writing: %w", path, err)
	}
	return f.Close, nil
}

// lockHolder returns the pid holding a flock on f's file per /proc/locks
// ("1: FLOCK  ADVISORY  WRITE 1234 08:01:5678 0 EOF": pid, then device
// major:minor in hex and inode), or 0.
func lockHolder(f *os.File) int {
	fi, err := f.Stat()
	if err != nil {
		return 0
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0
	}
	dev := uint64(st.Dev)
	major := (dev>>8)&0xfff | (dev>>32)&^0xfff
	minor := dev&0xff | (dev>>12)&0xffffff00
	want := fmt.Sprintf("%02x:%02x:%d", major, minor, st.Ino)
	lf, err := os.Open("/proc/locks")
	if err != nil {
		return 0
	}
	defer lf.Close()
	sc := bufio.NewScanner(lf)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		// "1:" FLOCK ADVISORY WRITE pid dev:ino start end; blocked
		// waiters are listed as "1: ->" with one field more.
		if len(fs) < 6 || fs[1] != "FLOCK" || fs[5] != want {
			continue
		}
		if pid, err := strconv.Atoi(fs[4]); err == nil && pid > 0 {
			return pid
		}
	}
	return 0
}
