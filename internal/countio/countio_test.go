package countio

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// TestReader counts every byte read, in reads of one byte too, and
// passes the reader's error on.
func TestReader(t *testing.T) {
	c := &Reader{R: iotest.OneByteReader(strings.NewReader("Kenya recalled its envoy."))}
	b, err := io.ReadAll(c)
	if string(b) != "Kenya recalled its envoy." || err != nil || c.N != 25 {
		t.Errorf("read %q, %v, counted %d; want the text, nil, 25", b, err, c.N)
	}
	c = &Reader{R: iotest.TimeoutReader(strings.NewReader("abcdef"))}
	p := make([]byte, 4)
	n1, err1 := c.Read(p)
	n2, err2 := c.Read(p)
	if n1 != 4 || err1 != nil || n2 != 0 || err2 != iotest.ErrTimeout || c.N != 4 {
		t.Errorf("reads %d %v, %d %v, counted %d; want 4 nil, 0 timeout, 4", n1, err1, n2, err2, c.N)
	}
}
