package feed

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	jsonfeed "github.com/mmcdole/gofeed/json"
)

// leftOut ends the message of an item that is not read while the
// feed's other items are.
const leftOut = " (the item is left out, the others are read)"

// itemSpan is an item of an XML feed document (an <item> or <entry>):
// the offsets of its start tag's "<" and of the end of its end tag; end
// is -1 for an item not closed before the next one opens or the document
// ends.
type itemSpan struct{ start, end int }

// itemSpans returns the items of an XML feed document in order, numbered
// as itemOpenings (and so declaredItems and itemLine) number them.
func itemSpans(data []byte) []itemSpan {
	_, _, prefix, _ := rootPrefix(data)
	at := itemOpenings(data)
	spans := make([]itemSpan, len(at))
	for k, o := range at {
		name := "item"
		if bytes.HasPrefix(data[o+1+len(prefix):], []byte("entry")) {
			name = "entry"
		}
		end := []byte("</" + prefix + name + ">")
		limit := len(data)
		if k+1 < len(at) {
			limit = at[k+1]
		}
		spans[k] = itemSpan{o, -1}
		if j := bytes.Index(data[o:limit], end); j >= 0 {
			spans[k].end = o + j + len(end)
		}
	}
	return spans
}

// isXMLDoc reports data that starts, past white space, with markup (a
// feed in XML, not a JSON Feed).
func isXMLDoc(data []byte) bool {
	t := bytes.TrimLeft(data, " \t\r\n\ufeff")
	return len(t) > 0 && t[0] == '<'
}

// lineCol is the 1-based line of data's byte at off and its 1-based
// column counted in characters.
func lineCol(data []byte, off int) (line, col int) {
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return 1 + bytes.Count(data[:off], []byte{'\n'}), utf8.RuneCount(data[start:off]) + 1
}

// rawNulItems returns the complete items of the XML feed document data
// that hold a raw NUL byte, by index, each with its error: `feed.rss:4:
// item 2: binary data: a raw NUL byte at column 20 (the item is left out,
// the others are read)`. gofeed drops such a byte without a word; a text
// file or a JSON Lines record holding one is refused as binary data, and
// so is the item. A NUL byte in no complete item (the channel's markup,
// after the document) is left to gofeed, which drops it, and warned of
// (outsideNul).
func rawNulItems(name string, data []byte, spans []itemSpan) map[int]error {
	bad := map[int]error{}
	for off := bytes.IndexByte(data, 0); off >= 0; {
		k := sort.Search(len(spans), func(k int) bool { return spans[k].start > off }) - 1
		if k >= 0 && spans[k].end > off && bad[k] == nil {
			line, col := lineCol(data, off)
			bad[k] = fmt.Errorf("%s:%d: item %d: binary data: a raw NUL byte at column %d%s", name, line, k+1, col, leftOut)
		}
		next := bytes.IndexByte(data[off+1:], 0)
		if next < 0 {
			break
		}
		off += 1 + next
	}
	return bad
}

// nulRefRE matches a NUL character reference, which XML forbids: &#0;,
// &#x0; (any number of zeros).
var nulRefRE = regexp.MustCompile(`&#(?:0+|[xX]0+);`)

// rawNul and nulRef find the NULs outsideNul and blankOutside look for:
// raw NUL bytes, NUL character references (&#0;); each gives the
// offsets of the matches in data, start and end.
func rawNul(data []byte) [][]int {
	var at [][]int
	for off, i := 0, bytes.IndexByte(data, 0); i >= 0; i = bytes.IndexByte(data[off:], 0) {
		at = append(at, []int{off + i, off + i + 1})
		off += i + 1
	}
	return at
}

func nulRef(data []byte) [][]int { return nulRefRE.FindAllIndex(data, -1) }

// outsideNul returns the NULs find finds in the XML feed document data
// outside its complete items (spans), in the channel's own markup,
// where no item can be left out for them, as a warning naming the feed,
// the line and the column of the first: `feed.rss:2: a raw NUL byte at
// column 19, outside the feed's items: dropped` (", 3 in all" after the
// column when there are more), `feed.rss:2: a NUL character reference
// (&#0;) at column 19, …`; "" when there is none.
func outsideNul(name string, data []byte, spans []itemSpan, find func([]byte) [][]int) string {
	var first []int
	n := 0
	for _, m := range outside(find(data), spans) {
		if first == nil {
			first = m
		}
		n++
	}
	if n == 0 {
		return ""
	}
	what := "a raw NUL byte"
	if data[first[0]] == '&' {
		what = fmt.Sprintf("a NUL character reference (%s)", data[first[0]:first[1]])
	}
	all := ""
	if n > 1 {
		all = fmt.Sprintf(", %d in all", n)
	}
	line, col := lineCol(data, first[0])
	return fmt.Sprintf("%s:%d: %s at column %d%s, outside the feed's items: dropped", name, line, what, col, all)
}

// outside returns the matches (offsets start, end) that lie in no
// complete item of spans.
func outside(at [][]int, spans []itemSpan) [][]int {
	var out [][]int
	for _, m := range at {
		k := sort.Search(len(spans), func(k int) bool { return spans[k].start > m[0] }) - 1
		if k >= 0 && spans[k].end > m[0] {
			continue
		}
		out = append(out, m)
	}
	return out
}

// dropOutside returns a copy of data without the NULs find finds
// outside its complete items ("News &#0; wire" is "News  wire"); its
// lines stay as they were (a NUL reference holds no newline), the
// offsets after a NUL do not: the caller finds the items again.
func dropOutside(data []byte, spans []itemSpan, find func([]byte) [][]int) []byte {
	out := make([]byte, 0, len(data))
	last := 0
	for _, m := range outside(find(data), spans) {
		out = append(out, data[last:m[0]]...)
		last = m[1]
	}
	return append(out, data[last:]...)
}

// blankItems returns a copy of data with the items bad names blanked:
// each of their bytes but a newline made a space, so that the document's
// lines and offsets stay as they were and the parser reads past them.
func blankItems(data []byte, spans []itemSpan, bad map[int]error) []byte {
	out := bytes.Clone(data)
	for k := range bad {
		if s := spans[k]; s.end >= 0 {
			for i := s.start; i < s.end; i++ {
				if out[i] != '\n' {
					out[i] = ' '
				}
			}
		}
	}
	return out
}

// feedCloser closes an XML feed document cut after an item: "</channel></rss>"
// for RSS, the root's end tag for Atom ("</feed>", "</atom:feed>") and
// RSS 1.0 ("</rdf:RDF>").
func feedCloser(data []byte) string {
	prefix, local, _, _ := rootPrefix(data)
	if strings.EqualFold(local, "rdf") || strings.EqualFold(local, "feed") {
		return "</" + prefix + local + ">"
	}
	return "</channel></rss>"
}

// brokenItems adds to bad the complete items of the XML feed document
// data (spans its items) that do not parse, each with its error naming
// the feed, the line and the item: `feed.rss:5: item 3: XML syntax error:
// illegal character code U+0000 (the item is left out, the others are
// read)` (a NUL character reference, &#0;, which XML forbids). The items
// are parsed in the document's header (the markup before its first
// item, the channel's title and the like) and closed again, half by half
// down to the item that fails, so that one bad item costs a few parses,
// not one per item. It reports whether it found any; none when the
// header does not parse on its own (the feed is broken there, not in an
// item) or every complete item parses (the feed is broken after them).
func brokenItems(name string, data []byte, spans []itemSpan, bad map[int]error) bool {
	var todo []int
	for k, s := range spans {
		if s.end >= 0 && bad[k] == nil {
			todo = append(todo, k)
		}
	}
	if len(todo) == 0 {
		return false
	}
	header := data[:spans[0].start]
	closer := feedCloser(data)
	parse := func(g []int) error {
		doc := slices.Clip(header)
		for _, k := range g {
			doc = append(doc, data[spans[k].start:spans[k].end]...)
		}
		doc = append(doc, closer...)
		_, err := parseFeed(doc)
		return err
	}
	if parse(nil) != nil {
		return false
	}
	headerLines := bytes.Count(header, []byte{'\n'})
	found := false
	var walk func(g []int)
	walk = func(g []int) {
		if len(g) == 0 {
			return
		}
		err := parse(g)
		if err == nil {
			return
		}
		if len(g) > 1 {
			walk(g[:len(g)/2])
			walk(g[len(g)/2:])
			return
		}
		k, s := g[0], spans[g[0]]
		first, _ := lineCol(data, s.start)
		last, _ := lineCol(data, s.end-1)
		line, detail := first, err.Error()
		var xe *xml.SyntaxError
		if errors.As(err, &xe) {
			line = max(first, min(last, first+xe.Line-1-headerLines))
			detail = "XML syntax error: " + xe.Msg
		}
		bad[k] = fmt.Errorf("%s:%d: item %d: %s%s", name, line, k+1, detail, leftOut)
		found = true
	}
	walk(todo)
	return found
}

// withLeftOut puts a nil in f's items at each index bad names (items
// left out), so that the items kept keep their numbers in the feed
// ("item 4" is the fourth item of the document whatever was left out
// before it).
func withLeftOut(items []*gofeed.Item, bad map[int]error) []*gofeed.Item {
	ks := make([]int, 0, len(bad))
	for k := range bad {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	for _, k := range ks {
		items = slices.Insert(items, min(k, len(items)), nil)
	}
	return items
}

// leftOutErrors returns bad's errors in the order of their items.
func leftOutErrors(bad map[int]error) []error {
	ks := make([]int, 0, len(bad))
	for k := range bad {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	errs := make([]error, len(ks))
	for i, k := range ks {
		errs[i] = bad[k]
	}
	return errs
}

// jsonItemError checks raw, a JSON Feed's item, against gofeed's item
// type and says in plain words what does not fit: "tags is a string, want
// a list of strings", "date_published is a number, want a string"; nil
// when it decodes. off is the offset of the error in raw (-1 when not
// known).
func jsonItemError(raw []byte) (msg string, off int64) {
	var it jsonfeed.Item
	err := json.Unmarshal(raw, &it)
	if err == nil {
		return "", -1
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return plainType(te, "item"), te.Offset
	}
	return err.Error(), -1
}

// plainType says a JSON type error in plain words, naming the member by
// its path in the feed ("tags", "authors.name", "items"), whole when the
// path is empty: "tags is a string, want a list of strings", "item is a
// string, want an object".
func plainType(te *json.UnmarshalTypeError, whole string) string {
	var path []string
	for _, p := range strings.Split(te.Field, ".") {
		if p != "" && p != "alias" {
			path = append(path, p)
		}
	}
	field := strings.Join(path, ".")
	if field == "" {
		field = whole
	}
	return fmt.Sprintf("%s is %s, want %s", field, jsonValueWord(te.Value), goTypeWord(te.Type))
}

// jsonValueWord names a JSON value as json.UnmarshalTypeError's Value
// gives it ("string", "number", "number 1.5", "bool", "array", "object").
func jsonValueWord(v string) string {
	w, _, _ := strings.Cut(v, " ")
	switch w {
	case "string":
		return "a string"
	case "number":
		return "a number"
	case "bool":
		return "true or false"
	case "array":
		return "a list"
	case "object":
		return "an object"
	}
	return v
}

// goTypeWord names what a Go type takes from JSON: "a string", "a list
// of strings", "an object", "a number", "true or false".
func goTypeWord(t reflect.Type) string {
	if t == nil {
		return "another type"
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Slice, reflect.Array:
		if e := t.Elem(); e.Kind() == reflect.String {
			return "a list of strings"
		}
		return "a list"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return "a number"
	}
	return t.String()
}

// parseFeed is gofeed's parse of data with a panic inside it (a JSON
// Feed's null item or author, on which gofeed v1.4.2 dereferences nil)
// turned into an error, so that one bad feed is that input's failure,
// never a crash of the run that reads it.
func parseFeed(data []byte) (f *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("the feed parser failed: %v", r)
		}
	}()
	return gofeed.NewParser().Parse(bytes.NewReader(data))
}

// jsonNulls reports a JSON Feed document that decodes whole and holds a
// null where gofeed wants an object and dereferences it: an item
// ("items": [null]), or an author in the feed's or an item's authors
// ("authors": [null]). Such a feed is read item by item (salvageJSON),
// the null item left out and the null authors dropped. A document that
// does not decode is not one: gofeed refuses it before it reads any item.
func jsonNulls(data []byte) bool {
	if !bytes.Contains(data, []byte("null")) {
		return false
	}
	type author struct{}
	var doc struct {
		Authors []*author `json:"authors"`
		Items   []*struct {
			Authors []*author `json:"authors"`
		} `json:"items"`
	}
	if json.Unmarshal(data, &doc) != nil {
		return false
	}
	if slices.Contains(doc.Authors, nil) {
		return true
	}
	for _, it := range doc.Items {
		if it == nil || slices.Contains(it.Authors, nil) {
			return true
		}
	}
	return false
}

// isJSONNull reports raw, a JSON value, is null.
func isJSONNull(raw json.RawMessage) bool {
	return bytes.Equal(bytes.TrimSpace(raw), []byte("null"))
}

// withoutNullAuthors returns list, a JSON Feed's authors (a list of
// objects), without its nulls; list as it is when it holds none or is not
// a list.
func withoutNullAuthors(list json.RawMessage) json.RawMessage {
	var as []json.RawMessage
	if json.Unmarshal(list, &as) != nil || !slices.ContainsFunc(as, isJSONNull) {
		return list
	}
	as = slices.DeleteFunc(as, isJSONNull)
	if as == nil {
		as = []json.RawMessage{}
	}
	out, err := json.Marshal(as)
	if err != nil {
		return list
	}
	return out
}

// itemWithoutNullAuthors returns raw, a JSON Feed item, with the nulls of
// its authors dropped (withoutNullAuthors); raw as it is when it holds
// none.
func itemWithoutNullAuthors(raw json.RawMessage) json.RawMessage {
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil {
		return raw
	}
	changed := false
	for k, v := range m {
		if strings.EqualFold(k, "authors") {
			if w := withoutNullAuthors(v); !bytes.Equal(w, v) {
				m[k], changed = w, true
			}
		}
	}
	if !changed {
		return raw
	}
	out, err := json.Marshal(m)
	if err != nil {
		return raw
	}
	return out
}
