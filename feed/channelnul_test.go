package feed

import (
	"strings"
	"testing"
)

// TestChannelNul: a NUL outside the items, in the channel's own markup,
// is dropped with a warning naming the feed and the line: a character
// reference &#0; (it refused the whole feed: "not a readable feed: XML
// syntax error: illegal character code U+0000") and a raw NUL byte
// (gofeed dropped it without a word). The items are read; a NUL
// reference in an item still leaves that item out.
func TestChannelNul(t *testing.T) {
	const head = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>News %s wire</title><link>https://example.org/</link>\n"
	const item = "<item><title>Talks</title><description>Kenya thanked Japan.</description><link>https://example.org/a</link></item>\n"
	for _, c := range []struct{ nul, extra, want, err string }{
		{"&#0;", "", "f.rss:2: a NUL character reference (&#0;) at column 41, outside the feed's items: dropped", ""},
		{"&#x00;", "<language>en&#0;</language>\n", "f.rss:2: a NUL character reference (&#x00;) at column 41, 2 in all, outside the feed's items: dropped", ""},
		{"\x00", "", "f.rss:2: a raw NUL byte at column 41, outside the feed's items: dropped", ""},
		{"&#0;", "<item><title>Bad&#0;</title><description>x</description></item>\n", "f.rss:2: a NUL character reference (&#0;) at column 41, outside the feed's items: dropped",
			"f.rss:4: item 2: XML syntax error: illegal character code U+0000 (the item is left out, the others are read)"},
	} {
		doc := strings.Replace(head, "%s", c.nul, 1)
		if strings.HasPrefix(c.extra, "<language>") {
			doc += c.extra + item
		} else {
			doc += item + c.extra
		}
		doc += "</channel></rss>\n"
		var warns []string
		arts, err := ReadWarn("f.rss", []byte(doc), func(w string) { warns = append(warns, w) })
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != c.err || len(arts) != 1 || arts[0].Title != "Talks" || arts[0].Source != "News  wire" {
			t.Errorf("%q: %v, %v; want the item read, error %q", c.nul, arts, err, c.err)
		}
		if strings.Join(warns, "\n") != c.want {
			t.Errorf("%q: warnings %q; want %q", c.nul, warns, c.want)
		}
	}
}
