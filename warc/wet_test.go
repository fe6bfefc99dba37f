package warc

import (
	"bytes"
	"strings"
	"testing"
)

// TestWETConversion: a Common Crawl WET file's text/plain "conversion"
// records are pages, with the record's URI and date (an archive of them
// was "WARC archive holds no HTML or text page (2 records: 1 warcinfo,
// 1 conversion)"); a conversion that is no article (a table) is skipped
// as a text/plain response is, one of another type passed over. Such
// files are known by their names too (.warc.wet.gz).
func TestWETConversion(t *testing.T) {
	const text = "Kenya thanked Japan on Monday.\nThe ministry said the aid had arrived.\n"
	recs := []string{
		record("warcinfo", "", "application/warc-fields", "software: dyad test\r\n"),
		record("conversion", "https://example.org/news/a", "text/plain", text),
		record("conversion", "https://example.org/table", "text/plain", "a,b,c\n1,2,3\n4,5,6\n7,8,9\n"),
		record("conversion", "https://example.org/x", "application/octet-stream", "xx"),
	}
	var skips []Skip
	var pages []Page
	var gzData bytes.Buffer
	for _, r := range recs {
		gzData.Write(gz(r))
	}
	for _, data := range [][]byte{[]byte(strings.Join(recs, "")), gzData.Bytes()} {
		pages, skips = nil, nil
		err := WalkSkips("crawl.warc.wet.gz", bytes.NewReader(data), func(p Page) error {
			pages = append(pages, p)
			return nil
		}, func(e error) { t.Errorf("bad record: %v", e) }, func(k Skip) { skips = append(skips, k) })
		if err != nil || len(pages) != 1 || pages[0].URI != "https://example.org/news/a" || pages[0].Date != "2024-03-04T10:00:00Z" ||
			string(pages[0].Body) != text || pages[0].Record != 2 {
			t.Fatalf("pages %+v, err %v; want record 2's text with its URI and date", pages, err)
		}
		if len(skips) != 1 || skips[0].Record != 3 || skips[0].Kind != SkipNotArticle {
			t.Errorf("skips %+v; want record 3 skipped, not an article", skips)
		}
	}
	for name, want := range map[string]bool{
		"crawl.warc.wet.gz": true, "crawl.wet": true, "crawl.wet.gz": true, "crawl.warc": true, "crawl.warc.gz": true,
		"crawl.wat.gz": false, "wet.txt": false, "crawl.gz": false,
	} {
		if IsArchiveName(name) != want {
			t.Errorf("IsArchiveName(%q) = %v", name, !want)
		}
	}
}
