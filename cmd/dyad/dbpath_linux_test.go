package main

// A --db path naming a file that is no regular file.

import (
	"path/filepath"
	"syscall"
	"testing"
)

// TestDBNotRegularFile: --db naming a device or a named pipe is a usage
// error saying so, for the commands that write and read a store; SQLite
// said "disk I/O error (1034)" of /dev/null (ingest) and "no dyad store"
// (events).
func TestDBNotRegularFile(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe.db")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes: %v", err)
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"ingest", "--db", "/dev/null", "x.txt"}, "dyad: --db /dev/null: not a regular file (a device), not a store file (give a file path, as news.db)\n"},
		{[]string{"events", "--db", "/dev/null"}, "dyad: --db /dev/null: not a regular file (a device), not a store file (give a file path, as news.db)\n"},
		{[]string{"ingest", "--db", fifo, "x.txt"}, "dyad: --db " + fifo + ": not a regular file (a named pipe), not a store file (give a file path, as news.db)\n"},
	}
	for _, tt := range tests {
		_, errs, code := run(t, tt.args...)
		if code != 2 || errs != tt.want {
			t.Errorf("dyad %v: exit %d, stderr %q; want exit 2, %q", tt.args, code, errs, tt.want)
		}
	}
}
