package warc

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/dyad-events/dyad/internal/ctxio"
)

// Seekable returns f, the WARC archive named name, as Walk reads it, from
// its current offset: f itself when it is a regular file, else (a named
// pipe, a terminal, /dev/stdin: "dyad code crawl.warc" where crawl.warc
// is a FIFO another process writes) a copy of what it holds to its end,
// in a temporary file in os.TempDir that is unlinked as soon as it is
// created (nothing is left behind, even by a process killed), since
// Walk reads an archive twice and a pipe cannot seek. done closes the
// copy (nil work for f itself). Errors name name: "crawl.warc: copying
// the pipe into TMPDIR: no space left on device"; when ctx is done (a
// Ctrl-C) while the pipe is copied, the error wraps ctx's cause at once,
// even while the pipe gives nothing (internal/ctxio).
func Seekable(ctx context.Context, name string, f *os.File) (r io.ReadSeeker, done func(), err error) {
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		return f, func() {}, nil
	}
	tmp, err := os.CreateTemp("", "dyad-warc-*")
	if err != nil {
		return nil, nil, fmt.Errorf("%s: not a file that can be read twice (a pipe), and a copy cannot be made in TMPDIR: %w", name, err)
	}
	unlinked := os.Remove(tmp.Name()) == nil // (not on every system while open)
	done = func() {
		tmp.Close()
		if !unlinked {
			os.Remove(tmp.Name())
		}
	}
	if _, err := io.Copy(tmp, ctxio.Reader(ctx, f)); err != nil {
		done()
		return nil, nil, fmt.Errorf("%s: copying the pipe into TMPDIR: %w", name, err)
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		done()
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	return tmp, done, nil
}
