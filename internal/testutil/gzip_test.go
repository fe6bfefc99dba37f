package testutil

import (
	"bytes"
	"compress/gzip"
	"io"
	"testing"
)

// TestGzip: the parts come back whole from the stream, and the stream cut
// at ends[0] gives the first part alone, then an unexpected
// EOF.
func TestGzip(t *testing.T) {
	data, ends := Gzip(t, "first line\n", "second line, longer than the first\n")
	if len(ends) != 2 || ends[1] != len(data) || ends[0] >= ends[1] {
		t.Fatalf("ends %v for %d bytes", ends, len(data))
	}
	read := func(b []byte) (string, error) {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return "", err
		}
		out, err := io.ReadAll(zr)
		return string(out), err
	}
	if got, err := read(data); got != "first line\nsecond line, longer than the first\n" || err != nil {
		t.Errorf("whole: %q, %v", got, err)
	}
	if got, err := read(data[:ends[0]]); got != "first line\n" || err != io.ErrUnexpectedEOF {
		t.Errorf("cut: %q, %v; want the first part and unexpected EOF", got, err)
	}
}
