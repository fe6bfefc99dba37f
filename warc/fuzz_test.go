package warc_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad/internal/testutil"
	"github.com/dyad-events/dyad/warc"
)

func fuzzRecord(uri, html string) []byte {
	resp := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(html), html)
	return []byte(fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-03-06T00:00:00Z\r\n"+
		"Content-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", uri, len(resp), resp))
}

func fuzzGzip(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// FuzzWalk walks arbitrary bytes as plain and gzipped WARC files: no
// panic, bad records reported as *RecordError naming the file.
func FuzzWalk(f *testing.F) {
	r1 := fuzzRecord("https://e.org/a", "<html><body><p>Chile hosted Kenya.</p></body></html>")
	r2 := fuzzRecord("https://e.org/b", "<p>x</p>")
	f.Add(append(append([]byte{}, r1...), r2...), false)
	f.Add(append(fuzzGzip(r1), fuzzGzip(r2)...), true)
	f.Add(r1[:len(r1)/2], false)
	f.Add([]byte(strings.Replace(string(r1), "Content-Length: 1", "Content-Length: x", 1)), false)
	f.Fuzz(func(t *testing.T, data []byte, gz bool) {
		name := "crawl.warc"
		if gz {
			name += ".gz"
		}
		n := 0
		var bads []error
		var err error
		testutil.Within(t, 10*time.Second, func() {
			err = warc.Walk(name, bytes.NewReader(data), func(p warc.Page) error {
				n++
				if n > 10000 {
					return errors.New("too many pages")
				}
				return nil
			}, func(err error) { bads = append(bads, err) })
		})
		for _, err := range bads {
			var re *warc.RecordError
			if !errors.As(err, &re) {
				t.Errorf("bad record error is %T, not *RecordError: %v", err, err)
			}
			if !strings.Contains(err.Error(), name) {
				t.Errorf("record error does not name the file: %v", err)
			}
		}
		if err != nil && !strings.Contains(err.Error(), name) {
			t.Errorf("error does not name the file: %v", err)
		}
	})
}
