package warc

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// TestGzipBlankTail: blank lines after the last member of a .warc.gz,
// not gzip'd (an editor's or a tool's newline), end the archive; they
// were reported as a record the archive ends inside. A letter after them
// still is.
func TestGzipBlankTail(t *testing.T) {
	recs := records()
	var head bytes.Buffer
	head.Write(gz(recs[0]))
	off2 := head.Len()
	head.Write(gz(recs[2]))
	off3 := head.Len()
	head.Write(gz(recs[5]))
	end := head.Len()
	read := fmt.Sprintf("2@%d https://example.org/1 103; 3@%d https://example.org/2 69", off2, off3)
	for _, tc := range []struct{ tail, bad string }{
		{"\n", ""},
		{"\n\n", ""},
		{"\r\n", ""},
		{" \t\r\n\r\n", ""},
		{"\n\nx", fmt.Sprintf("crawl.warc.gz:record 4: at offset %d: the archive ends inside this record (cut off, or an incomplete download)", end)},
	} {
		data := append(bytes.Clone(head.Bytes()), tc.tail...)
		pages, bads, err := walk(t, "crawl.warc.gz", data)
		var gotBad []string
		for _, b := range bads {
			gotBad = append(gotBad, b.Error())
		}
		if err != nil || summary(pages) != read || strings.Join(gotBad, "; ") != tc.bad {
			t.Errorf("tail %q: pages %s, bad %q, err %v\nwant %s, bad %q", tc.tail, summary(pages), gotBad, err, read, tc.bad)
		}
	}
}
