package feed

import (
	"reflect"
	"strings"
	"testing"
)

// readKept reads data as the feed name and returns its articles' titles
// and inputs, and its error's text ("" for none).
func readKept(t *testing.T, name, data string) (titles, inputs []string, msg string) {
	t.Helper()
	arts, err := Read(name, []byte(data))
	for _, a := range arts {
		titles = append(titles, a.Title)
		inputs = append(inputs, a.Input)
	}
	if err != nil {
		msg = err.Error()
	}
	return titles, inputs, msg
}

// TestReadItemLeftOut: an RSS or Atom item that does not parse (a NUL
// character reference, &#0;, which XML forbids) or that holds a raw NUL
// byte (which gofeed drops without a word) is left out with an error
// naming the feed, the line and the item; the complete items before and
// after it are read, numbered as in the document. Whole documents on one
// line find the item too.
func TestReadItemLeftOut(t *testing.T) {
	const head = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Wire</title>\n"
	item := func(n, title string) string {
		return "<item><title>" + title + "</title><link>https://example.org/" + n + "</link><description>Chad met Niger.</description></item>\n"
	}
	rss := head + item("1", "One") + item("2", "Two") + item("3", "Bad &#0; ref") + item("4", "Four") + "</channel></rss>\n"
	oneLine := strings.ReplaceAll(rss, "\n", "")
	rawNul := head + item("1", "One") + item("2", "Bad \x00 byte") + item("3", "Three") + "</channel></rss>\n"
	tailNul := head + item("1", "One") + "</channel></rss>\n\x00\x00"
	atom := "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title>\n" +
		"<entry><title>One</title><content type=\"html\">Chad met Niger.</content></entry>\n" +
		"<entry><title>Two &#0;</title><content type=\"html\">Chad met Niger.</content></entry>\n" +
		"<entry><title>Three</title><content type=\"html\">Chad met Niger.</content></entry>\n</feed>\n"
	for _, c := range []struct {
		name, data     string
		titles, inputs []string
		msg            string
	}{
		{"ref.rss", rss, []string{"One", "Two", "Four"}, []string{"ref.rss:1", "ref.rss:2", "ref.rss:4"},
			"ref.rss:5: item 3: XML syntax error: illegal character code U+0000 (the item is left out, the others are read)"},
		{"line.rss", oneLine, []string{"One", "Two", "Four"}, []string{"line.rss:1", "line.rss:2", "line.rss:4"},
			"line.rss:1: item 3: XML syntax error: illegal character code U+0000 (the item is left out, the others are read)"},
		{"nul.rss", rawNul, []string{"One", "Three"}, []string{"nul.rss:1", "nul.rss:3"},
			"nul.rss:4: item 2: binary data: a raw NUL byte at column 18 (the item is left out, the others are read)"},
		// a NUL byte in no item (zeros after the document): gofeed's
		// reading, the byte dropped
		{"tail.rss", tailNul, []string{"One"}, []string{"tail.rss:1"}, ""},
		{"ref.atom", atom, []string{"One", "Three"}, []string{"ref.atom:1", "ref.atom:3"},
			"ref.atom:4: item 2: XML syntax error: illegal character code U+0000 (the item is left out, the others are read)"},
		// the only item left out: no article, the item's error alone
		{"only.rss", head + item("1", "Bad &#0;") + "</channel></rss>\n", nil, nil,
			"only.rss:3: item 1: XML syntax error: illegal character code U+0000 (the item is left out, the others are read)"},
	} {
		titles, inputs, msg := readKept(t, c.name, c.data)
		if !reflect.DeepEqual(titles, c.titles) || !reflect.DeepEqual(inputs, c.inputs) || msg != c.msg {
			t.Errorf("%s: items %q %q, error %q;\nwant %q %q, %q", c.name, titles, inputs, msg, c.titles, c.inputs, c.msg)
		}
	}
	// a tag broken inside an item: that item is left out
	broken := head + item("1", "One") + item("2", "Two") + "<item><title>Three</title><lin</item>\n" + item("4", "Four") + "</channel></rss>\n"
	titles, inputs, msg := readKept(t, "tag.rss", broken)
	want := "tag.rss:5: item 3: XML syntax error: expected attribute name in element (the item is left out, the others are read)"
	if !reflect.DeepEqual(titles, []string{"One", "Two", "Four"}) || !reflect.DeepEqual(inputs, []string{"tag.rss:1", "tag.rss:2", "tag.rss:4"}) || msg != want {
		t.Errorf("tag.rss: items %q %q, error %q; want One, Two, Four and %q", titles, inputs, msg, want)
	}
	// broken between items (two downloads spliced): the complete items
	// before the line it breaks on are kept, as after a cut
	spliced := head + item("1", "One") + item("2", "Two") + "<1>\n" + item("3", "Three") + "</channel></rss>\n"
	titles, inputs, msg = readKept(t, "spliced.rss", spliced)
	want = "spliced.rss:5: feed cut off or broken after its first 2 complete items (kept): XML syntax error: invalid XML name: 1"
	if !reflect.DeepEqual(titles, []string{"One", "Two"}) || !reflect.DeepEqual(inputs, []string{"spliced.rss:1", "spliced.rss:2"}) || msg != want {
		t.Errorf("spliced.rss: items %q %q, error %q; want One, Two and %q", titles, inputs, msg, want)
	}
	// a bad item and a cut after the last complete item: both said
	cut := head + item("1", "One") + item("2", "Bad &#0;") + item("3", "Three") + "<item><title>Fo"
	titles, inputs, msg = readKept(t, "cut.rss", cut)
	want = "cut.rss:4: item 2: XML syntax error: illegal character code U+0000 (the item is left out, the others are read)\n" +
		"cut.rss:6: feed cut off or broken after its first 2 complete items (kept): XML syntax error: unexpected EOF"
	if !reflect.DeepEqual(titles, []string{"One", "Three"}) || !reflect.DeepEqual(inputs, []string{"cut.rss:1", "cut.rss:3"}) || msg != want {
		t.Errorf("cut.rss: items %q %q, error %q; want One, Three and %q", titles, inputs, msg, want)
	}
}

// TestReadJSONItemLeftOut: a JSON Feed item of the wrong shape (tags a
// string, not a list; a numeric date_published) is left out with an
// error naming the feed, its line and the item in plain words, not the
// decoder's Go types; the other items are read, numbered as in the feed.
func TestReadJSONItemLeftOut(t *testing.T) {
	doc := `{"version": "https://jsonfeed.org/version/1.1", "title": "Wire", "items": [
 {"id": "1", "title": "One", "content_text": "Chad met Niger."},
 {"id": "2", "title": "Two", "content_text": "Chad met Niger.", "tags": "war"},
 {"id": "3", "title": "Three", "content_text": "Chad met Niger."},
 {"id": "4", "title": "Four", "content_text": "Chad met Niger.",
  "date_published": 1709632800},
 {"id": "5", "title": "Five", "content_text": "Chad met Niger.", "authors": [{"name": 7}]},
 "six"
], "home_page_url": "https://example.org/"}
`
	titles, inputs, msg := readKept(t, "wire.json", doc)
	want := strings.Join([]string{
		"wire.json:3: item 2: tags is a string, want a list of strings (the item is left out, the others are read)",
		"wire.json:6: item 4: date_published is a number, want a string (the item is left out, the others are read)",
		"wire.json:7: item 5: authors.name is a number, want a string (the item is left out, the others are read)",
		"wire.json:8: item 6: item is a string, want an object (the item is left out, the others are read)",
	}, "\n")
	if !reflect.DeepEqual(titles, []string{"One", "Three"}) || !reflect.DeepEqual(inputs, []string{"wire.json:1", "wire.json:3"}) || msg != want {
		t.Errorf("items %q %q, error:\n%s\nwant One, Three and:\n%s", titles, inputs, msg, want)
	}
}

// TestReadJSONItemRawNul: a raw NUL byte in a JSON Feed's item (which no
// JSON text holds) refuses that item as binary data, as in an RSS item,
// and the items after it are read; one in the feed's own members leaves
// the feed unreadable, as before.
func TestReadJSONItemRawNul(t *testing.T) {
	doc := "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Wire\", \"items\": [\n" +
		" {\"id\": \"1\", \"title\": \"One\", \"content_text\": \"Chad met Niger.\"},\n" +
		" {\"id\": \"2\", \"title\": \"Two\", \"content_text\": \"Chad \x00 met Niger.\"},\n" +
		" {\"id\": \"3\", \"title\": \"Three\", \"content_text\": \"Chad met Niger.\"}\n]}\n"
	titles, inputs, msg := readKept(t, "nul.json", doc)
	want := "nul.json:3: item 2: binary data: a raw NUL byte at column 52 (the item is left out, the others are read)"
	if !reflect.DeepEqual(titles, []string{"One", "Three"}) || !reflect.DeepEqual(inputs, []string{"nul.json:1", "nul.json:3"}) || msg != want {
		t.Errorf("items %q %q, error %q; want One, Three and %q", titles, inputs, msg, want)
	}
	top := strings.Replace(doc, `"Wire"`, "\"Wi\x00re\"", 1)
	titles, _, msg = readKept(t, "top.json", top)
	if len(titles) != 0 || !strings.HasPrefix(msg, "top.json:1: not a readable feed: invalid character '\\x00' in string literal") {
		t.Errorf("NUL in the feed's title: items %q, error %q; want none, not a readable feed", titles, msg)
	}
}

// TestReadJSONNulls: a JSON Feed's null item, on which gofeed dereferences
// nil and crashed the run, is left out with an error naming the feed, its
// line and the item, the others read; a null in the feed's or an item's
// authors is dropped, the item and its other authors kept; a feed whose
// only item is null is that error alone. With an item of the wrong shape
// besides (gofeed refuses the feed, read item by item) the null item is
// said too.
func TestReadJSONNulls(t *testing.T) {
	doc := `{"version": "https://jsonfeed.org/version/1.1", "title": "F", "authors": [null], "items": [
{"id": "1", "title": "One", "content_text": "Chad met Niger.", "authors": [null, {"name": "Ann Lee"}]},
null,
{"id": "3", "title": "Three", "content_text": "Chad met Niger.", "authors": [null]}
]}
`
	arts, err := Read("n.json", []byte(doc))
	want := "n.json:3: item 2: item is null, want an object (the item is left out, the others are read)"
	if err == nil || err.Error() != want || len(arts) != 2 {
		t.Fatalf("%d articles, error %v; want 2 and %q", len(arts), err, want)
	}
	if a := arts[0]; a.Title != "One" || a.Input != "n.json:1" || !reflect.DeepEqual(a.Authors, []string{"Ann Lee"}) {
		t.Errorf("first: %q %q %q", a.Title, a.Input, a.Authors)
	}
	if a := arts[1]; a.Title != "Three" || a.Input != "n.json:3" || a.Authors != nil {
		t.Errorf("second: %q %q %q", a.Title, a.Input, a.Authors)
	}
	titles, _, msg := readKept(t, "only.json", `{"version":"https://jsonfeed.org/version/1","items":[null]}`)
	if want := "only.json:1: item 1: item is null, want an object (the item is left out, the others are read)"; titles != nil || msg != want {
		t.Errorf("only a null item: items %q, error %q; want none and %q", titles, msg, want)
	}
	titles, inputs, msg := readKept(t, "mix.json", `{"version":"https://jsonfeed.org/version/1","items":[
null,
{"id": "2", "title": "Two", "content_text": "Chad met Niger.", "tags": "war"},
{"id": "3", "title": "Three", "content_text": "Chad met Niger.", "authors": [null]}]}`)
	want = "mix.json:2: item 1: item is null, want an object (the item is left out, the others are read)\n" +
		"mix.json:3: item 2: tags is a string, want a list of strings (the item is left out, the others are read)"
	if !reflect.DeepEqual(titles, []string{"Three"}) || !reflect.DeepEqual(inputs, []string{"mix.json:3"}) || msg != want {
		t.Errorf("items %q %q, error:\n%s\nwant Three and:\n%s", titles, inputs, msg, want)
	}
}

// TestParseFeedRecovers: a panic inside gofeed (here its nil dereference
// on a null item, which Read no longer hands it) is an error, not a crash.
func TestParseFeedRecovers(t *testing.T) {
	f, err := parseFeed([]byte(`{"version":"https://jsonfeed.org/version/1","items":[null]}`))
	want := "the feed parser failed: runtime error: invalid memory address or nil pointer dereference"
	if f != nil || err == nil || err.Error() != want {
		t.Errorf("feed %v, error %v; want nil and %q", f, err, want)
	}
}
