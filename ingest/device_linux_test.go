package ingest

import (
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/testutil"
)

// TestDeviceOverLimit: a file whose size Stat does not give (a named pipe
// here, /dev/zero for a user) is read up to MaxInput and refused past it,
// naming the input and the limit; it is not read to its end and stored.
func TestDeviceOverLimit(t *testing.T) {
	dir := t.TempDir()
	fifo := testutil.Fifo(t, "zero", func(w io.Writer) {
		io.WriteString(w, "DATE: 2024-03-02\n\n"+strings.Repeat("Chile met Kenya. ", 300)) // 5,118 bytes
	})
	db := openDB(t, filepath.Join(dir, "s.db"))
	cfg := Config{DB: db, Coder: fakeCoder{}, Read: fakeRead, MaxInput: 1024}
	sum, err := Run(context.Background(), cfg, []string{fifo})
	if err != nil {
		t.Fatal(err)
	}
	want := fifo + ": over the 1 KiB limit for one article file (not a regular file: read up to the limit; use JSON Lines for bulk input)"
	if sum.Added != 0 || sum.Refused != 1 || len(sum.Failures) != 1 || sum.Failures[0].String() != want {
		t.Errorf("summary %+v, want nothing added and the failure %q", sum, want)
	}
}
