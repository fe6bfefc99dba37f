//go:build unix

package sqlite

import (
	"errors"
	"os"
	"syscall"
)

// processGone reports whether no process has the id pid: signal 0 to it
// fails with ESRCH (a process of another user answers EPERM, and is
// running).
func processGone(pid int) bool {
	return errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
}

// ownedByUser reports whether the file fi describes belongs to this
// process's (real) user.
func ownedByUser(fi os.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	return ok && int(st.Uid) == os.Getuid()
}

// fileOwner is the user id that owns the file fi describes.
func fileOwner(fi os.FileInfo) (uid int, ok bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, false
	}
	return int(st.Uid), true
}
