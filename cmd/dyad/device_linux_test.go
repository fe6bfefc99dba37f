package main

import (
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad/internal/testutil"
)

// TestDeviceInputBounded: dyad ingest and dyad eval given a file with no
// size to Stat (a named pipe here; /dev/zero for a user, which never
// ends) read it up to their limit, then stop with an error naming the
// input and the limit (exit 1): neither reads on to its end.
func TestDeviceInputBounded(t *testing.T) {
	for _, c := range []struct {
		name string
		args func(dir, fifo string) []string
		want string
	}{
		{"ingest", func(dir, fifo string) []string { return []string{"ingest", "--db", filepath.Join(dir, "s.db"), fifo} },
			": over the 50 MiB limit for one article file (not a regular file: read up to the limit; use JSON Lines for bulk input)"},
		{"eval", func(dir, fifo string) []string { return []string{"eval", "-q", fifo} },
			": over the 50 MiB limit for a gold or judged-events file"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			fifo := testutil.Fifo(t, "zero", func(w io.Writer) {
				zeros := make([]byte, 1<<20)
				for range 52 { // 52 MiB, past the limit; the reader stops early
					if _, err := w.Write(zeros); err != nil {
						return
					}
				}
			})
			type result struct {
				stderr string
				code   int
			}
			done := make(chan result, 1)
			go func() {
				_, errs, code := run(t, c.args(dir, fifo)...)
				done <- result{errs, code}
			}()
			select {
			case r := <-done:
				if r.code != 1 || !strings.Contains(r.stderr, fifo+c.want) {
					t.Errorf("exit %d, stderr:\n%s\nwant exit 1 and %q", r.code, clip(r.stderr), fifo+c.want)
				}
			case <-time.After(60 * time.Second):
				t.Fatal("dyad did not stop within 60s")
			}
		})
	}
}
