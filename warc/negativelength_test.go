package warc

import (
	"fmt"
	"strings"
	"testing"
)

// TestNegativeContentLength: a record whose header says "Content-Length:
// -5" is said as such, naming the archive and the record (and its offset
// in a .warc.gz), not as a content running on past its length (gowarc's
// reader took it for no content); the walk resumes at the next record.
// A record with a right Content-Length is read as before.
func TestNegativeContentLength(t *testing.T) {
	recs := records()
	neg := func(rec, n string) string {
		i := strings.Index(rec, "Content-Length: ")
		j := i + strings.Index(rec[i:], "\r\n")
		return rec[:i] + "Content-Length: " + n + rec[j:]
	}
	bad := neg(recs[5], "-5")
	said := func(n string) string {
		return "its Content-Length is " + n + ", a negative number: a record's Content-Length is the size of its content in bytes, 0 or more"
	}
	for _, tc := range []struct {
		name, file string
		data       []byte
		pages, bad string
	}{
		{"plain, a record after it", "crawl.warc", []byte(recs[0] + recs[2] + bad + recs[6]),
			"2@-1 https://example.org/1 103; 4@-1 file:///archive/3.html 103",
			fmt.Sprintf("crawl.warc:record 3: at offset %d: %s; %d bytes skipped to the next record, at offset %d", len(recs[0]+recs[2]), said("-5"), len(bad), len(recs[0]+recs[2]+bad))},
		{"plain, last", "crawl.warc", []byte(recs[0] + recs[2] + neg(recs[5], "-1")),
			"2@-1 https://example.org/1 103",
			fmt.Sprintf("crawl.warc:record 3: at offset %d: %s (rest of file skipped)", len(recs[0]+recs[2]), said("-1"))},
		{"gzip'd", "crawl.warc.gz", append(append(gz(recs[0]), gz(bad)...), gz(recs[2])...),
			fmt.Sprintf("3@%d https://example.org/1 103", len(gz(recs[0]))+len(gz(bad))),
			fmt.Sprintf("crawl.warc.gz:record 2: at offset %d: %s", len(gz(recs[0])), said("-5"))},
		// near miss: the same record with its length right is read
		{"right length", "crawl.warc", []byte(recs[0] + recs[2] + recs[5]),
			"2@-1 https://example.org/1 103; 3@-1 https://example.org/2 69", ""},
	} {
		pages, bads, err := walk(t, tc.file, tc.data)
		var got []string
		for _, b := range bads {
			got = append(got, b.Error())
		}
		if err != nil || summary(pages) != tc.pages || strings.Join(got, "\n") != tc.bad {
			t.Errorf("%s: pages %s, err %v\nbad  %q\nwant %s\n     %q", tc.name, summary(pages), err, got, tc.pages, tc.bad)
		}
	}
}
