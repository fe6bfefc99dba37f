package feed

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/net/html"
)

// unbalancedItems adds to bad the items of the XML feed document data
// (spans its items) whose tags do not balance, each with its error naming
// the feed, the line of the end tag at fault and the item: `feed.rss:3:
// item 2: XML syntax error: element <description> closed by </descripton>
// (the item is left out, the others are read)`. gofeed's parser takes
// such a tag in its stride, without an error: "</descripton>" closes the
// description and then every element up to the document's root, so the
// item is read and the items after it are lost, and "<title>x</entry>"
// gives an entry titled "x" with no text. An end tag is at fault when it
// closes no element open in the item, or closes the item with one of its
// fields (title, description) still open (unbalanced). One that closes
// an element inside a field with markup left open in it (a description's
// unescaped "<p>a<br>b</p>") is HTML's looseness, which gofeed reads as
// meant, and passes. An item not closed before the next one opens
// ("<item>…</itme>") is checked up to that one, and when at fault its span
// in spans is set to end there, so that blankItems blanks it; the last
// item, not closed before the document ends, is a cut (salvage); one
// whose tags balance up to the next item's is not closed: "element <item>
// not closed before item 3 opens", at the line its text ends on. Items
// bad names already are skipped. It reports whether it found any.
func unbalancedItems(name string, data []byte, spans []itemSpan, bad map[int]error) bool {
	found := false
	for k, s := range spans {
		if bad[k] != nil {
			continue
		}
		end := s.end
		if end < 0 {
			if k+1 == len(spans) {
				continue
			}
			end = spans[k+1].start
		}
		off, msg := unbalanced(data[s.start:end])
		if msg == "" {
			continue
		}
		if strings.HasSuffix(msg, " not closed") {
			msg += fmt.Sprintf(" before item %d opens", k+2)
		}
		line, _ := lineCol(data, s.start+off)
		bad[k] = fmt.Errorf("%s:%d: item %d: XML syntax error: %s%s", name, line, k+1, msg, leftOut)
		spans[k].end = end
		found = true
	}
	return found
}

// unbalanced checks the tags of item, an <item> or <entry> element as
// written, and returns the offset of the first end tag at fault and what
// is wrong, as the XML parser says it, naming the item's field left open
// (the item itself when none is): "element <title> closed by </entry>",
// "element <description> closed by </descripton>", "element <item> not
// closed" at its last character that is not white space when item ends
// with elements still open (an item cut at the next one's opening,
// unbalancedItems); "" when none is (see
// unbalancedItems). Markup that does not lex (an attribute cut, a NUL
// character reference) is left to the parser, which fails on it
// (brokenItems): "" too.
func unbalanced(item []byte) (off int, msg string) {
	d := xml.NewDecoder(bytes.NewReader(item))
	d.Strict = false // unknown entities and the like are not this check's
	var open []xml.Name
	for {
		at := int(d.InputOffset())
		tok, err := d.RawToken()
		if err == io.EOF && len(open) > 0 {
			// an item not closed before the next opens: at the end
			// of its text
			end := len(bytes.TrimRight(item, " \t\r\n"))
			return max(end-1, 0), "element <" + xmlName(open[0]) + "> not closed"
		}
		if err != nil {
			return 0, ""
		}
		switch t := tok.(type) {
		case xml.StartElement:
			open = append(open, t.Name)
		case xml.EndElement:
			if len(open) == 0 {
				return at, "unexpected end element </" + xmlName(t.Name) + ">"
			}
			j := innermostOpen(open, t.Name)
			if j == len(open)-1 || j >= 1 {
				// its own end tag, or one closing a field's markup
				// left open inside it: HTML's looseness
				open = open[:max(j, 0)]
				continue
			}
			field := open[min(1, len(open)-1)]
			return at, "element <" + xmlName(field) + "> closed by </" + xmlName(t.Name) + ">"
		}
	}
}

// innermostOpen returns the index in open, the elements open from the
// outermost, of the innermost one called name; -1 for none (unbalanced,
// strayEnds).
func innermostOpen(open []xml.Name, name xml.Name) int {
	j := len(open) - 1
	for j >= 0 && open[j] != name {
		j--
	}
	return j
}

// xmlName writes an element's name as the document does: "title",
// "content:encoded".
func xmlName(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

// entityRefRE matches an entity reference by name at the start of its
// input: "&bogus;", "&nbsp;" (not a character reference, "&#160;").
var entityRefRE = regexp.MustCompile(`^&([A-Za-z_:][-A-Za-z0-9_.:]*);`)

// knownEntity reports a named entity reference the feed's reading
// decodes: XML's five (&amp;, &lt;, &gt;, &quot;, &apos;) or one of
// HTML's (&nbsp;, &eacute;), which the item's text is unescaped by; not
// a name of which HTML reads a prefix alone ("&copyx;" as "©x;"), as
// gofeed's entity decoding does not either.
func knownEntity(ref string) bool {
	switch ref {
	case "&amp;", "&lt;", "&gt;", "&quot;", "&apos;":
		return true
	}
	dec := html.UnescapeString(ref)
	return dec != ref && dec != html.UnescapeString(ref[:len(ref)-1])+";"
}

// undefinedEntities returns a warning for the entity references of the
// XML feed document data (spans its items) that name no entity the
// reading knows: none of XML's five, no HTML entity (knownEntity).
// gofeed keeps such a reference as it is written, "A &bogus; b" for a
// title, where an XML parser refuses the document; so it does one that
// the document type declares (<!ENTITY …>), which it does not read. The
// warning names the feed, the line, the item and the column of the
// first: `feed.rss:1: item 2: unknown entity &bogus; at column 146: kept
// as text` (", 3 in all" after the column when there are more;
// `feed.rss:1: unknown entity &bogus; at column 40, outside the feed's
// items: kept as text` for one in the feed's own markup); "" when there
// is none. References in CDATA sections (HTML text, whose unknown
// entities are text) and comments are not read.
func undefinedEntities(name string, data []byte, spans []itemSpan) string {
	if bytes.IndexByte(data, '&') < 0 {
		return ""
	}
	first, ref, n := -1, "", 0
	for i := 0; i < len(data); {
		j := bytes.IndexAny(data[i:], "&<")
		if j < 0 {
			break
		}
		i += j
		rest := data[i:]
		var skip []byte // the end of a CDATA section or comment opening here
		switch {
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			skip = []byte("]]>")
		case bytes.HasPrefix(rest, []byte("<!--")):
			skip = []byte("-->")
		}
		if skip != nil {
			e := bytes.Index(rest, skip)
			if e < 0 {
				break
			}
			i += e + len(skip)
			continue
		}
		if rest[0] == '&' {
			if m := entityRefRE.FindSubmatch(rest); m != nil && !knownEntity(string(m[0])) {
				if first < 0 {
					first, ref = i, string(m[0])
				}
				n++
			}
		}
		i++
	}
	if n == 0 {
		return ""
	}
	where, outside := "", ", outside the feed's items"
	if k := sort.Search(len(spans), func(k int) bool { return spans[k].start > first }) - 1; k >= 0 && spans[k].end > first {
		where, outside = fmt.Sprintf("item %d: ", k+1), ""
	}
	all := ""
	if n > 1 {
		all = fmt.Sprintf(", %d in all", n)
	}
	line, col := lineCol(data, first)
	return fmt.Sprintf("%s:%d: %sunknown entity %s at column %d%s%s: kept as text", name, line, where, ref, col, all, outside)
}

// strayEndTags blanks, in the XML feed document data (spans its items),
// the end tags standing alone between two complete items that close no
// element opened there: a "</item>" or "</description>" left over on a
// line of its own after an item. gofeed takes such a tag as closing the
// channel, without an error, and loses every later item ("feed broken:
// 6 items in the document, 1 read"). It returns data with each such tag
// blanked (spaces, so that lines and offsets stay) and a warning naming
// the feed, the line and the tag of the first, the items it stands
// between and how many there are: `feed.rss:4: stray end tag </item>
// between items 1 and 2: skipped, the items after it are read` (", 3 in
// all" after the items when there are more); "" and data as it is when
// there are none. A tag in the channel's own markup before the first
// item or after the last is left to the parser.
func strayEndTags(name string, data []byte, spans []itemSpan) ([]byte, string) {
	var out []byte
	first, n := "", 0
	for k := 0; k+1 < len(spans); k++ {
		from, to := spans[k].end, spans[k+1].start
		if from < 0 || from >= to {
			continue
		}
		for _, t := range strayEnds(data[from:to]) {
			if out == nil {
				out = bytes.Clone(data)
			}
			for i := from + t.start; i < from+t.end; i++ {
				if out[i] != '\n' {
					out[i] = ' '
				}
			}
			if n++; n == 1 {
				line, _ := lineCol(data, from+t.start)
				first = fmt.Sprintf("%s:%d: stray end tag </%s> between items %d and %d", name, line, xmlName(t.name), k+1, k+2)
			}
		}
	}
	if n == 0 {
		return data, ""
	}
	if n > 1 {
		first += fmt.Sprintf(", %d in all", n)
	}
	return out, first + ": skipped, the items after it are read"
}

// strayTag is an end tag at bytes [start, end) of the markup it was
// read from.
type strayTag struct {
	start, end int
	name       xml.Name
}

// strayEnds returns the end tags of seg, markup between two items, that
// close no element opened before them in seg, up to the first token that
// does not lex (strayEndTags).
func strayEnds(seg []byte) []strayTag {
	var tags []strayTag
	d := xml.NewDecoder(bytes.NewReader(seg))
	d.Strict = false
	var open []xml.Name
	for {
		at := int(d.InputOffset())
		tok, err := d.RawToken()
		if err != nil {
			return tags
		}
		switch t := tok.(type) {
		case xml.StartElement:
			open = append(open, t.Name)
		case xml.EndElement:
			if j := innermostOpen(open, t.Name); j >= 0 {
				open = open[:j]
				continue
			}
			tags = append(tags, strayTag{at, int(d.InputOffset()), t.Name})
		}
	}
}
