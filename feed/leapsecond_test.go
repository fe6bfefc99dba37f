package feed

import "testing"

// TestLeapSecondPubDate: an item dated at a leap second ("23:59:60",
// which gofeed refuses) is dated the second before it, not left undated
// with a warning.
func TestLeapSecondPubDate(t *testing.T) {
	doc := `<rss version="2.0"><channel><title>N</title><item><title>T</title><pubDate>Sat, 31 Dec 2016 23:59:60 GMT</pubDate><description>Kenya thanked Japan.</description></item></channel></rss>`
	var warns []string
	arts, err := ReadWarn("leap.xml", []byte(doc), func(w string) { warns = append(warns, w) })
	if err != nil || len(arts) != 1 || arts[0].Published != "2016-12-31T23:59:59Z" || len(warns) != 0 {
		t.Fatalf("%v, %v, warnings %q; want one item published 2016-12-31T23:59:59Z, no warning", arts, err, warns)
	}
}
