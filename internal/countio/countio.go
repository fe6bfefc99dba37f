// Package countio counts the bytes read through a reader: the bytes of a
// file a stream read (bench), of a response body before its decoding
// (warc).
package countio

import "io"

// Reader reads R, counting in N the bytes read through it.
type Reader struct {
	R io.Reader
	N int64
}

// Read reads R, adding the bytes read to N.
func (c *Reader) Read(p []byte) (int, error) {
	n, err := c.R.Read(p)
	c.N += int64(n)
	return n, err
}
