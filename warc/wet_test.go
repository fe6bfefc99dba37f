package warc

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/article"
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
			string(pages[0].Body) != strings.ReplaceAll(text, "\n", "\n\n") || pages[0].Record != 2 {
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

// TestWETLinesAreBlocks: each line of a conversion record is a block of
// the page, so a record whose lines are all short keeps its headline apart
// from its lead (it was rejoined as hard-wrapped text, "Troops clash on
// border Indian and Chinese troops clashed …", and the lead coded
// nothing): the headline is the title, each line a paragraph.
func TestWETLinesAreBlocks(t *testing.T) {
	const text = "Troops clash on border\r\nIndian and Chinese troops clashed on the border on Monday.\nBoth sides sent more troops to the area on Tuesday.\nThe talks between the two armies are due to resume.\n"
	data := record("conversion", "https://example.org/news/b", "text/plain", text)
	var pages []Page
	err := WalkSkips("crawl.warc.wet", strings.NewReader(data), func(p Page) error {
		pages = append(pages, p)
		return nil
	}, func(e error) { t.Errorf("bad record: %v", e) }, func(Skip) {})
	if err != nil || len(pages) != 1 {
		t.Fatalf("pages %d, err %v; want 1", len(pages), err)
	}
	arts, err := article.Read("crawl.warc.wet", pages[0].Body, article.Options{Input: "text"})
	if err != nil || len(arts) != 1 {
		t.Fatalf("read: %d articles, %v", len(arts), err)
	}
	want := []string{"Indian and Chinese troops clashed on the border on Monday.", "Both sides sent more troops to the area on Tuesday.", "The talks between the two armies are due to resume."}
	if a := arts[0]; a.Title != "Troops clash on border" || strings.Join(a.Body, "|") != strings.Join(want, "|") {
		t.Errorf("title %q, body %q; want %q and %q", a.Title, a.Body, "Troops clash on border", want)
	}
}
