package feed

import (
	"reflect"
	"strings"
	"testing"
)

// TestReadUnbalancedItem: an item whose tags do not balance, which
// gofeed reads past without an error (coding the item and losing the
// items after it, or giving an entry titled "x" with no text), is left
// out with an error naming the feed, the line of the end tag at fault and
// the item; the items before and after it are read, numbered as in the
// document. A description's loose HTML ("<p>a <b>b</p>") is no fault.
func TestReadUnbalancedItem(t *testing.T) {
	const date = "<pubDate>Mon, 13 May 2024 10:00:00 GMT</pubDate>"
	typo := "<rss version=\"2.0\"><channel><title>t</title>\n" +
		"<item><title>A</title>" + date + "<description>Russia attacked Ukraine on Monday.</description></item>\n" +
		"<item><title>B</title>" + date + "<description>China warned Japan on Monday.</descripton></item>\n" +
		"<item><title>C</title>" + date + "<description>Iran hosted Iraq on Monday.</description></item>\n" +
		"<item><title>D</title>" + date + "<description>Egypt criticised Israel on Monday.</description></item>\n" +
		"</channel></rss>\n"
	entry := func(title, summary, end string) string {
		return "<entry>\n<title>" + title + "</title>\n<updated>2024-05-13T10:00:00Z</updated>\n<summary>" + summary + end + "\n</entry>\n"
	}
	atom := "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>t</title>\n" +
		entry("Russia attacked Ukraine", "Russia attacked Ukraine on Monday.", "</summary>") +
		entry("China warns", "China warned Japan on Monday.", "</sumary>") +
		entry("Iran hosts", "Iran hosted Iraq on Monday.", "</summary>") +
		entry("Egypt", "Egypt criticised Israel on Monday.", "</summary>") + "</feed>\n"
	const head = "<rss version=\"2.0\"><channel><title>Wire</title>\n"
	item := func(title string) string {
		return "<item><title>" + title + "</title><description>Chad met Niger.</description></item>\n"
	}
	for _, c := range []struct {
		name, data     string
		titles, inputs []string
		msg            string
	}{
		{"typo.rss", typo, []string{"A", "C", "D"}, []string{"typo.rss:1", "typo.rss:3", "typo.rss:4"},
			"typo.rss:3: item 2: XML syntax error: element <description> closed by </descripton> (the item is left out, the others are read)"},
		{"broken3.atom", atom, []string{"Russia attacked Ukraine", "Iran hosts", "Egypt"}, []string{"broken3.atom:1", "broken3.atom:3", "broken3.atom:4"},
			"broken3.atom:12: item 2: XML syntax error: element <summary> closed by </sumary> (the item is left out, the others are read)"},
		// the only entry, its title not closed: no article, an XML error
		{"broken.atom", `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</entry></feed>`, nil, nil,
			"broken.atom:1: item 1: XML syntax error: element <title> closed by </entry> (the item is left out, the others are read)"},
		// the item's own end tag mistyped, or missing
		{"itme.rss", head + item("One") + "<item><title>Two</title><description>Chad met Niger.</description></itme>\n" + item("Three") + "</channel></rss>",
			[]string{"One", "Three"}, []string{"itme.rss:1", "itme.rss:3"},
			"itme.rss:3: item 2: XML syntax error: element <item> closed by </itme> (the item is left out, the others are read)"},
		{"open.rss", head + item("One") + "<item><title>Two</title>\n<description>Chad met Niger.</description>\n" + item("Three") + "</channel></rss>",
			[]string{"One", "Three"}, []string{"open.rss:1", "open.rss:3"},
			"open.rss:4: item 2: XML syntax error: element <item> not closed before item 3 opens (the item is left out, the others are read)"},
		// loose HTML inside a field: read as gofeed reads it
		{"loose.rss", head + item("One") + "<item><title>Two</title><description><p>Chad <b>met</p> Niger.<br></description></item>\n" + item("Three") + "</channel></rss>",
			[]string{"One", "Two", "Three"}, []string{"loose.rss:1", "loose.rss:2", "loose.rss:3"}, ""},
	} {
		titles, inputs, msg := readKept(t, c.name, c.data)
		if !reflect.DeepEqual(titles, c.titles) || !reflect.DeepEqual(inputs, c.inputs) || msg != c.msg {
			t.Errorf("%s: items %q %q, error %q;\nwant %q %q, %q", c.name, titles, inputs, msg, c.titles, c.inputs, c.msg)
		}
	}
}

// TestReadUndefinedEntity: an entity reference to no entity known, which
// gofeed keeps as text, is said in a warning naming the feed, the line,
// the item and the column of the first, and how many there are; the
// item is read. XML's five and HTML's entities are known; a reference in
// a CDATA section is HTML text.
func TestReadUndefinedEntity(t *testing.T) {
	const body = "<description>China warned Japan on Monday.</description>"
	for _, c := range []struct{ name, data, title, warn string }{
		{"ent.rss", "<rss><channel><item><title>Russia attacked Ukraine</title><description>Russia attacked Ukraine on Monday.</description></item><item><title>A &bogus; b</title>" + body + "</item></channel></rss>",
			"A &bogus; b", "ent.rss:1: item 2: unknown entity &bogus; at column 142: kept as text"},
		{"two.rss", "<rss><channel><title>T &x;</title>\n<item><title>A &bogus; &nope; b</title>" + body + "</item></channel></rss>",
			"A &bogus; &nope; b", "two.rss:1: unknown entity &x; at column 24, 3 in all, outside the feed's items: kept as text"},
		{"known.rss", `<rss><channel><item><title>A &amp; B&eacute;&nbsp;&quot;C&quot; <![CDATA[&bogus;]]></title>` + body + "</item></channel></rss>",
			`A & Bé "C" &bogus;`, ""},
		// one the document type declares: gofeed does not read it
		{"dtd.rss", `<!DOCTYPE rss [<!ENTITY wire "Wire">]>` + "\n" + `<rss><channel><item><title>A &wire;</title>` + body + "</item></channel></rss>",
			"A &wire;", "dtd.rss:2: item 1: unknown entity &wire; at column 30: kept as text"},
	} {
		var warns []string
		arts, err := ReadWarn(c.name, []byte(c.data), func(w string) { warns = append(warns, w) })
		if err != nil || len(arts) == 0 || arts[len(arts)-1].Title != c.title {
			t.Errorf("%s: %d articles, error %v; want the last titled %q", c.name, len(arts), err, c.title)
		}
		if got := strings.Join(warns, "\n"); got != c.warn {
			t.Errorf("%s: warnings %q, want %q", c.name, got, c.warn)
		}
	}
}

// TestReadStrayEndTag: an end tag alone between two items ("</item>" or
// "</description>" left over on a line of its own), which gofeed takes as
// closing the channel, losing every later item without an error, is
// skipped with a warning naming the feed, its line, the tag and the items
// it stands between; all six items are read, with no error. A channel
// element between items (its own start and end tags) is no stray.
func TestReadStrayEndTag(t *testing.T) {
	const head = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>T</title>\n"
	item := func(n string) string {
		return "<item><title>Item " + n + "</title><description>Chad met Niger.</description><link>https://ex.org/" + n + "</link></item>\n"
	}
	rest := item("2") + item("3") + item("4") + item("5") + item("6") + "</channel></rss>\n"
	all := []string{"Item 1", "Item 2", "Item 3", "Item 4", "Item 5", "Item 6"}
	for _, c := range []struct {
		name, data string
		titles     []string
		warn       []string
	}{
		{"stray6.rss", head + item("1") + "</item>\n" + rest, all,
			[]string{"stray6.rss:4: stray end tag </item> between items 1 and 2: skipped, the items after it are read"}},
		{"stray6b.rss", head + item("1") + "</description>\n" + rest, all,
			[]string{"stray6b.rss:4: stray end tag </description> between items 1 and 2: skipped, the items after it are read"}},
		{"two.rss", head + item("1") + "</item>\n" + item("2") + item("3") + "</description></item>\n" + item("4") + item("5") + item("6") + "</channel></rss>\n", all,
			[]string{"two.rss:4: stray end tag </item> between items 1 and 2, 3 in all: skipped, the items after it are read"}},
		{"between.rss", head + item("1") + "<ttl>60</ttl>\n" + rest, all, nil},
	} {
		var warns []string
		arts, err := ReadWarn(c.name, []byte(c.data), func(w string) { warns = append(warns, w) })
		var titles []string
		for _, a := range arts {
			titles = append(titles, a.Title)
		}
		if err != nil || !reflect.DeepEqual(titles, c.titles) || !reflect.DeepEqual(warns, c.warn) {
			t.Errorf("%s: items %q, warnings %q, error %v;\nwant %q, %q", c.name, titles, warns, err, c.titles, c.warn)
		}
	}
}
