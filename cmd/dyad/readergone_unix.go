//go:build unix

package main

import (
	"os"
	"time"

	"golang.org/x/sys/unix"
)

// readerGone reports whether f, the write end of a pipe, has no reader
// left, waiting up to wait for it to go: poll reports POLLERR (Linux) or
// POLLHUP on a pipe whose read end is closed.
func readerGone(f *os.File, wait time.Duration) bool {
	rc, err := f.SyscallConn()
	if err != nil {
		return false
	}
	gone := false
	rc.Control(func(fd uintptr) {
		fds := []unix.PollFd{{Fd: int32(fd)}} // no events: errors and hang-ups only
		for {
			n, err := unix.Poll(fds, int(wait.Milliseconds()))
			if err == unix.EINTR {
				continue
			}
			gone = err == nil && n > 0 && fds[0].Revents&(unix.POLLERR|unix.POLLHUP) != 0
			return
		}
	})
	return gone
}
