package main

import (
	"io"
	"os"
	"time"
)

// readerGoneWait is how long a run's closing notes wait for standard
// output's reader to go (readerGone): "| head -1" takes its line and exits
// a moment after dyad has written its last row.
const readerGoneWait = 100 * time.Millisecond

// notesUnread reports whether the notes a run says at its end about the
// rows it wrote ("of 103 GDELT rows, 9 are dated to a month only …", "24
// events left out …") would speak of rows no reader took: its standard
// output w is a pipe whose reader has gone ("dyad export --format gdelt |
// head -1" once head has its line). All the rows fit in the pipe, so no
// write failed (closedStdout) but the reader read one; the run then ends
// as a closed standard output does, quietly, exit 0. It waits
// readerGoneWait for the reader to go, and only when there is a note to
// say and w is a pipe; false for a file, a terminal, a buffer.
func notesUnread(w io.Writer, notes bool) bool {
	if !notes {
		return false
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	if fi, err := f.Stat(); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		return false
	}
	return readerGone(f, readerGoneWait)
}
