package feed

import (
	"strings"
	"testing"
)

// TestEmptyItemsWarned: an item with neither title nor text is skipped
// with a warning naming it, alike in RSS, Atom and JSON Feed (they were
// skipped without a word); the other items keep their numbers. A feed of
// empty items alone fails as before, with no warning.
func TestEmptyItemsWarned(t *testing.T) {
	const story = "Kenya thanked Japan on Monday."
	for _, c := range []struct{ name, doc string }{
		{"h.rss", `<?xml version="1.0"?>
<rss version="2.0"><channel><title>News</title><link>https://example.org/</link>
<item></item>
<item><title> </title><description><![CDATA[<p> </p>]]></description></item>
<item><title>Talks</title><description>` + story + `</description><link>https://example.org/a</link></item>
</channel></rss>`},
		{"h.atom", `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><id>urn:x</id><updated>2024-07-13T00:00:00Z</updated>
<entry></entry>
<entry><title type="html">&lt;b&gt;&lt;/b&gt;</title><content type="html"> </content></entry>
<entry><title>Talks</title><id>urn:a</id><link href="https://example.org/a"/><updated>2024-07-13T00:00:00Z</updated><summary>` + story + `</summary></entry>
</feed>`},
		{"h.json", `{"version":"https://jsonfeed.org/version/1.1","title":"News","items":[{},{"id":"x","title":" ","content_html":"<p></p>"},{"id":"a","url":"https://example.org/a","title":"Talks","content_text":"` + story + `"}]}`},
	} {
		var warns []string
		arts, err := ReadWarn(c.name, []byte(c.doc), func(w string) { warns = append(warns, w) })
		if err != nil || len(arts) != 1 || arts[0].Input != c.name+":3" || arts[0].Body[0] != story {
			t.Errorf("%s: %v, %v; want item 3 alone", c.name, arts, err)
		}
		if want := c.name + " items 1, 2: no title and no text; skipped"; strings.Join(warns, "\n") != want {
			t.Errorf("%s: warnings %q; want %q", c.name, warns, want)
		}
	}
	var warns []string
	_, err := ReadWarn("e.rss", []byte(`<rss version="2.0"><channel><title>N</title><item></item></channel></rss>`), func(w string) { warns = append(warns, w) })
	if err == nil || err.Error() != "e.rss: feed has no item with a title or text (1 item)" || len(warns) != 0 {
		t.Errorf("all empty: %v, warnings %q", err, warns)
	}
	if got := emptyItems("f.rss", []int{2}); got != "f.rss item 2: no title and no text; skipped" {
		t.Errorf("one: %q", got)
	}
	if got := emptyItems("f.rss", []int{1, 2, 3, 4, 5, 6, 9}); got != "f.rss items 1, 2, 3, 4, 5 and 2 more: no title and no text; skipped" {
		t.Errorf("seven: %q", got)
	}
}
