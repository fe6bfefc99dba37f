package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// openPTY opens a pseudo-terminal: its master side, to read what is
// written, and its slave side, a terminal for isatty.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	var unlock int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, m.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		m.Close()
		t.Skipf("no pseudo-terminal: unlockpt: %v", e)
	}
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, m.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		m.Close()
		t.Skipf("no pseudo-terminal: ptsname: %v", e)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		m.Close()
		t.Skipf("no pseudo-terminal: %v", err)
	}
	return m, s
}

// TestIngestProgressOnTerminal: with standard error a terminal, dyad
// ingest rewrites its progress line in place ("\r\x1b[K… inputs"), the
// sequence reaching the terminal raw; a warning clears the line first and
// still has the input's control characters escaped (its name quoted).
func TestIngestProgressOnTerminal(t *testing.T) {
	master, slave := openPTY(t)
	defer master.Close()
	got := make(chan []byte)
	go func() {
		var b bytes.Buffer
		io.Copy(&b, master) // until the slave closes (EIO)
		got <- b.Bytes()
	}()
	dir := t.TempDir()
	in := writeFile(t, dir, "wire\x1b]0;pwned\x07.txt", []byte("Russia attacked Ukraine on Monday.\n"))
	root := newRoot()
	root.SetArgs([]string{"ingest", "--db", filepath.Join(dir, "x.db"), in})
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(slave)
	err := root.Execute()
	slave.Close()
	errs := string(<-got)
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, errs)
	}
	if !strings.Contains(errs, "\r\x1b[K1/1 inputs") {
		t.Errorf("terminal got no progress line:\n%q", errs)
	}
	if !strings.Contains(errs, "\r\x1b[Kdyad: warning:") {
		t.Errorf("a warning does not clear the progress line first:\n%q", errs)
	}
	// (the name quoted, article.InputName: BEL is \a there)
	if strings.Contains(errs, "\x1b]0;pwned") || !strings.Contains(errs, `wire\x1b]0;pwned\a.txt"`) {
		t.Errorf("the input's name reached the terminal raw, or not at all:\n%q", errs)
	}
}
