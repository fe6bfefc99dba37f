//go:build unix

package testutil

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// Fifo makes a named pipe called name in a temporary folder of the test
// and returns its path; a goroutine opens it for writing (which waits for
// a reader) and hands it to write, closing it after. It skips the test
// where named pipes cannot be made. A pipe stands for the inputs whose
// size Stat does not give (/dev/zero, a FIFO another process writes).
func Fifo(tb testing.TB, name string, write func(w io.Writer)) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), name)
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		tb.Skipf("no named pipes: %v", err)
	}
	go func() {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer f.Close()
		write(f)
	}()
	return path
}
