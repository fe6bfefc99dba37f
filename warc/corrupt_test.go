package warc

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"testing"
)

// TestCorruptGzipMember: a .warc.gz member whose bytes were damaged is
// said to be corrupt, as the record it held, numbered as the archive's
// other records are, and its page is not passed on (its checksum is
// wrong: what it inflates to is not what was written). The walk goes on
// at the next member. It was said as whatever the reader made of the
// wrong bytes — "the record's content runs on past its Content-Length",
// "its WARC header has no Content-Length" — or, when the damage was in
// the page's text, the page was passed on with the damaged text and the
// checksum error given to the record after it ("record 3 at offset …:
// reading record boundary: gzip: invalid checksum").
func TestCorruptGzipMember(t *testing.T) {
	rec := func(n int) string {
		return record("response", fmt.Sprintf("https://example.org/%d", n), "application/http;msgtype=response",
			httpResponse("200 OK", "text/html", fmt.Sprintf("<html><body><p>Story %d: envoys met in Geneva on Monday.</p></body></html>", n)))
	}
	stored := func(s string) []byte { // deflate's stored blocks: bytes as written
		var b bytes.Buffer
		w, _ := gzip.NewWriterLevel(&b, gzip.NoCompression)
		w.Write([]byte(s))
		w.Close()
		return b.Bytes()
	}
	m1 := gz(rec(1))
	closing := stored(rec(2))
	closing[bytes.LastIndex(closing, []byte("\r\n\r\n"))] = 'x' // the blank lines closing the record
	text := stored(rec(2))
	i := bytes.Index(text, []byte("Story 2"))
	text[i] = 's' // the page's text
	deflated := gz(rec(2) + strings.Repeat(" ", 200))
	for k := 12; k < 40; k++ {
		deflated[k] ^= 0x5a
	}
	for _, tc := range []struct {
		name   string
		member []byte
		why    string
	}{
		{"closing", closing, "the bytes it inflates to do not match its checksum (damaged on disk or in transfer); the record is not read"},
		{"text", text, "the bytes it inflates to do not match its checksum (damaged on disk or in transfer); the record is not read"},
		{"deflated", deflated, "its compressed data is damaged"},
	} {
		data := append(append(append([]byte{}, m1...), tc.member...), gz(rec(3))...)
		pages, bads, err := walk(t, "crawl.warc.gz", data)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		want := fmt.Sprintf("1@0 https://example.org/1 %d; 3@%d https://example.org/3 %d", len(pages[0].Body), len(m1)+len(tc.member), len(pages[0].Body))
		if got := summary(pages); got != want {
			t.Errorf("%s: pages %s\nwant %s", tc.name, got, want)
		}
		prefix := fmt.Sprintf("crawl.warc.gz:record 2: at offset %d: its gzip member is corrupt: ", len(m1))
		if len(bads) != 1 || !strings.HasPrefix(bads[0].Error(), prefix) || !strings.Contains(bads[0].Error(), tc.why) {
			t.Errorf("%s: bad records %v\nwant one: %s…%s…", tc.name, bads, prefix, tc.why)
		}
	}
}
