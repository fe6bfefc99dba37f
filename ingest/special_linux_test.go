package ingest

// Files that are neither regular nor folders — a named pipe, a socket —
// found in a folder or by a pattern.

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"
)

// TestSpecialFilesSkipped: a named pipe (that no program writes) and a
// socket in a folder given to ingest, or matched by its pattern, are not
// read: each is ignored with a warning naming it and its kind, and the
// folder's news file is stored. The pipe blocked the run for ever (its
// open waits for a writer) and the socket was a failure, "no such device
// or address".
func TestSpecialFilesSkipped(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "news")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("DATE: 2024-03-02\n\nChile met Kenya on Friday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	pipe, sock := filepath.Join(dir, "b.txt"), filepath.Join(dir, "c.txt")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skipf("no named pipes: %v", err)
	}
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Skipf("no unix sockets: %v", err)
	}
	defer l.Close()
	wantWarns := []string{
		pipe + ": a named pipe, not a regular file: not read (a folder or a pattern gives dyad ingest its regular files only; name the pipe alone to read what a program writes to it)",
		sock + ": a socket, not a regular file: not read (a folder or a pattern gives dyad ingest its regular files only)",
	}
	for i, src := range []string{dir, filepath.Join(dir, "*.txt")} {
		var warns []string
		db := openDB(t, filepath.Join(t.TempDir(), "s.db"))
		cfg := Config{DB: db, Coder: fakeCoder{}, Read: fakeRead, Warn: collect(&warns, "")}
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		sum, err := Run(ctx, cfg, []string{src})
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(warns)
		if sum.Added != 1 || sum.Ignored != 2 || len(sum.Failures) != 0 || !slices.Equal(warns, wantWarns) {
			t.Errorf("source %d (%s): added %d, ignored %d, failures %v, warnings %q; want 1 added, 2 ignored, none failed, the warnings %q",
				i, src, sum.Added, sum.Ignored, sum.Failures, warns, wantWarns)
		}
	}
}
