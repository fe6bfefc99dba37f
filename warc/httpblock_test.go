package warc

import (
	"strings"
	"testing"
)

// TestHTTPBlock: a record whose block starts "HTTP/" is read as the HTTP
// response it holds whatever the record's Content-Type (a response
// labelled text/html was passed over, the archive said to hold no page);
// a block that is no HTTP response is said so, quoting its first line
// (it was Go's word alone, `HTTP response of …: malformed HTTP status
// code "/"`).
func TestHTTPBlock(t *testing.T) {
	const uri = "https://example.org/2"
	for _, tc := range []struct{ name, rec, want, bad string }{
		{"response labelled text/html", record("response", uri, "text/html", httpResponse("200 OK", "text/html", page2)), "1@-1 https://example.org/2 69", ""},
		{"resource with its HTTP header", record("resource", uri, "text/html", httpResponse("200 OK", "text/html", page2)), "1@-1 https://example.org/2 69", ""},
		{"status word", record("response", uri, "application/http; msgtype=response", "HTTP/1.1 OK\r\n\r\n"), "",
			`crawl.warc:record 1: at offset 0: the block of this response record for https://example.org/2 starts "HTTP/1.1 OK", not an HTTP response's status line ("HTTP/1.1 200 OK") (malformed HTTP status code "OK"); the record is not read`},
		{"a request", record("response", uri, "application/http; msgtype=response", "GET /2 HTTP/1.1\r\nHost: example.org\r\n\r\n"), "",
			`crawl.warc:record 1: at offset 0: the block of this response record for https://example.org/2 starts "GET /2 HTTP/1.1", an HTTP request's line, not a response's (malformed HTTP status code "/2"); the record is not read`},
	} {
		pages, bads, err := walk(t, "crawl.warc", []byte(tc.rec))
		var gotBad []string
		for _, b := range bads {
			gotBad = append(gotBad, b.Error())
		}
		if tc.want == "" && err != nil && len(bads) == 0 {
			gotBad = append(gotBad, err.Error())
		} else if err != nil && tc.want != "" {
			t.Errorf("%s: err %v", tc.name, err)
		}
		if summary(pages) != tc.want || strings.Join(gotBad, "; ") != tc.bad {
			t.Errorf("%s: pages %s, bad %q\nwant %s, bad %q", tc.name, summary(pages), gotBad, tc.want, tc.bad)
		}
	}
}
