package testutil

import (
	"bytes"
	"compress/gzip"
	"testing"
)

// Gzip returns parts gzip'd as one stream, and ends, the length of the
// compressed data once each part is written and flushed: data[:ends[0]+20]
// is a stream cut off inside the second part (a .jsonl.gz whose first
// record is whole), data the whole stream.
func Gzip(tb testing.TB, parts ...string) (data []byte, ends []int) {
	tb.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	for i, p := range parts {
		if _, err := zw.Write([]byte(p)); err != nil {
			tb.Fatal(err)
		}
		if i < len(parts)-1 {
			if err := zw.Flush(); err != nil {
				tb.Fatal(err)
			}
		} else if err := zw.Close(); err != nil {
			tb.Fatal(err)
		}
		ends = append(ends, b.Len())
	}
	if len(parts) == 0 {
		if err := zw.Close(); err != nil {
			tb.Fatal(err)
		}
	}
	return b.Bytes(), ends
}
