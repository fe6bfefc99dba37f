// Package feed reads RSS, Atom and JSON Feed documents into articles: one
// dyad.Article per item, with the item's title, link (as URL), publication
// date, authors and its content (else description) as body paragraphs,
// HTML stripped. Parsing is github.com/mmcdole/gofeed's.
//
// A feed item usually carries a summary, not the whole story; callers that
// want the full page fetch Article.URL themselves.
package feed

import (
	"bytes"
	"cmp"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	dateparser "github.com/markusmobius/go-dateparser"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// Sniff reports whether data looks like a feed: an XML document whose root
// is <rss>, <feed> (Atom) or <rdf:RDF> (RSS 1.0), or a JSON object naming
// jsonfeed.org as its version. It looks at the first 2 KiB only, decoded
// from UTF-16 when they are (fromUTF16: a byte order mark, or "<?" as
// UTF-16).
func Sniff(data []byte) bool {
	t, ok := prologEnd(data)
	if !ok {
		return false
	}
	if len(t) > 0 && t[0] == '{' {
		return bytes.Contains(t, []byte("jsonfeed.org"))
	}
	return feedRoot.Match(t)
}

// XMLRoot returns the local name, lower case, of the root element of the
// XML document data starts ("urlset" for a sitemap, "svg", "rss", "html"),
// read in its first 2 KiB past the XML declaration, comments, processing
// instructions and document type declaration, as Sniff reads them; "" when
// data does not start with markup there (text, JSON, a prolog cut off).
func XMLRoot(data []byte) string {
	t, ok := prologEnd(data)
	if !ok {
		return ""
	}
	if m := xmlRoot.FindSubmatch(t); m != nil {
		return string(m[1])
	}
	return ""
}

// xmlRoot matches a start tag at the start of its input; group 1 is the
// element's local name (after any namespace prefix).
var xmlRoot = regexp.MustCompile(`^<(?:[a-z_][\w.-]*:)?([a-z_][\w.-]*)[\s/>]`)

// prologEnd returns data's first 2 KiB, decoded from UTF-16 when they are
// (fromUTF16: a byte order mark, or "<?" as UTF-16), lower case and past
// a byte order mark, white space, the XML declaration, comments,
// processing instructions and the document type declaration; ok is false
// when one of those is not closed there.
func prologEnd(data []byte) (rest []byte, ok bool) {
	head := data[:min(len(data), 2048)]
	if u, ok := fromUTF16(head[:len(head)&^1]); ok {
		head = u
	}
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	lower := bytes.ToLower(bytes.TrimSpace(head))
	// The document type declaration's internal subset ("<!DOCTYPE rss
	// [<!ENTITY nbsp "&#160;">]>") holds ">" before its end, "]>".
	for bytes.HasPrefix(lower, []byte("<?")) || bytes.HasPrefix(lower, []byte("<!--")) || bytes.HasPrefix(lower, []byte("<!doctype")) {
		var loc []int
		switch {
		case bytes.HasPrefix(lower, []byte("<!--")):
			loc = commentEnd.FindIndex(lower)
		case bytes.HasPrefix(lower, []byte("<!doctype")):
			loc = doctypeEnd.FindIndex(lower)
		default:
			loc = tagEnd.FindIndex(lower)
		}
		if loc == nil {
			return nil, false
		}
		lower = bytes.TrimSpace(lower[loc[1]:])
	}
	return lower, true
}

// The ends of what Sniff skips before a feed's root: a comment, a document
// type declaration (with or without an internal subset in brackets), an
// XML declaration or processing instruction.
var (
	commentEnd = regexp.MustCompile(`-->`)
	doctypeEnd = regexp.MustCompile(`^<!doctype[^>\[]*(?:\[(?s:.*?)\]\s*)?>`)
	tagEnd     = regexp.MustCompile(`>`)
)

// feedRoot matches a feed's root start tag at the start of its input:
// <rss>, <feed> (Atom), <rdf:RDF> (RSS 1.0), with or without a namespace
// prefix (<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">). Group 1 is
// the prefix with its colon ("" or "atom:"), group 2 the root's local name.
var feedRoot = regexp.MustCompile(`^<((?i:[a-z_][\w.-]*:)?)((?i:rss|feed|rdf))[\s/>]`)

// rootPrefix returns the namespace prefix of a feed document's root element
// with its colon ("atom:" for <atom:feed>, "" for <feed>, "rdf:" for
// <rdf:RDF>), the root's local name as written, and the prefix of its
// items: the root's, except in RSS 1.0, whose <item>s are in the RSS
// namespace under an <rdf:RDF> root. ok is false when the document has no
// feed root in its first 2 KiB.
func rootPrefix(data []byte) (prefix, local, itemPrefix string, ok bool) {
	head := data[:min(len(data), 2048)]
	for i := bytes.IndexByte(head, '<'); i >= 0; {
		if m := feedRoot.FindSubmatch(head[i:]); m != nil {
			prefix, local = string(m[1]), string(m[2])
			if !strings.EqualFold(local, "rdf") {
				itemPrefix = prefix
			}
			return prefix, local, itemPrefix, true
		}
		j := bytes.IndexByte(head[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return "", "", "", false
}

// itemName names the feed's item i (0-based) in a message: "feed.rss
// item 3", its number counted from 1 among the feed's items, not a line
// of the file (a parse error names the line: "feed.rss:163: …").
func itemName(name string, i int) string { return fmt.Sprintf("%s item %d", name, i+1) }

// Read parses the feed data read from name (a path or URL, used in errors
// and in Article.Input as "name:N" for the N-th item, from 1) into one
// article per item. Items with neither title nor text are skipped
// (ReadWarn warns of them, emptyItems). The
// article's Source is the feed's title, Published the item's publication
// (else update) time in RFC 3339, or its day alone, as a page's (itemStamp:
// a time without a zone ends in dyad.UnknownOffset), with PublishedFrom
// "meta" (dates in the
// feed's language, "Seg, 24 Set 2018", read by go-dateparser for the first
// maxLocalDates distinct date texts that need it; the items past that
// budget are undated, with one warning for the feed), and ID
// dyad.ArticleID of the link, else of article.NormalText (the body, or
// the title of a headline-only item, with the feed's title and the item's
// date, as a text file's); items of the feed
// after the first at one link (a live page's updates) that differ from it
// in guid (else title or text) get ids of their own (sharedLinkIDs), so
// that storing the first does not drop them. It fails, naming
// name, when data is not a feed gofeed can parse or when the feed has no
// item with a title or text ("NAME: feed has no items"). An item whose
// title, text, link, authors or feed title holds a NUL character is
// refused as binary data, naming the item and the field as a JSON Lines
// record's error names its line and field (`NAME: item N: binary data
// (field "source" holds a NUL character, \u0000) (the item is left out,
// the others are read)`, nulField), and the others are given with that
// error. So is an item that cannot be read, named with its line: an RSS
// or Atom item that does not parse (brokenItems: `NAME:5: item 3: XML
// syntax error: illegal character code U+0000 (…)`, for &#0;), whose
// tags do not balance (unbalancedItems: `NAME:3: item 2: XML syntax
// error: element <description> closed by </descripton> (…)`, which gofeed
// reads past without an error, losing the items after it) or that holds
// a raw NUL byte (rawNulItems), a JSON Feed item of the wrong shape
// (salvageJSON: `NAME:4: item 3: tags is a string, want a list of strings
// (…)`); the items kept keep their numbers in the feed (Input "NAME:4"
// for the fourth). A feed cut off or broken
// after some complete items gives those items together with an error
// saying so (the caller keeps the items and reports the input failed).
// The errors of several items are joined (errors.Join), one a line.
func Read(name string, data []byte) ([]*dyad.Article, error) {
	return ReadWarn(name, data, nil)
}

// ReadWarn is Read that calls warn, when not nil, once for each item whose
// date is given but cannot be read (RSS pubDate, Atom published or
// updated, JSON Feed date_published): such an item is undated, and the
// warning names the item ("NAME item N", N counted from 1 among the
// items), its link (else its title) and the value: `feed.xml item 3
// (https://example.org/a): date "next Tuesday-ish" cannot be read; the
// item is undated` (`feed.json item 2: date …` for an item
// with neither link nor title). A caller that fetches the item's
// page takes the page's own date (ingest.Config.FollowLinks). A feed
// not read as UTF-8 as it stands is said once, first, naming what was done
// (toUTF8): `feed.rss: declares encoding "ISO-8859-1": decoded as
// windows-1252, as browsers do (the first byte not ASCII, 0xE9, on line
// 3)`, and so is a UTF-8 feed with stray bytes, naming the item that
// holds the first where it can: `feed.rss item 2 (https://example.org/b):
// declares UTF-8 but holds a byte that is not UTF-8, 0x96 on line 14: read
// as UTF-8, the byte as U+FFFD` (strayBytes.warning). An entity
// reference the reading does not know, which gofeed keeps as text, is
// said once, naming the first and its item: `feed.rss:1: item 2: unknown
// entity &bogus; at column 142: kept as text` (undefinedEntities).
func ReadWarn(name string, data []byte, warn func(string)) ([]*dyad.Article, error) {
	read := len(data)
	data, note, stray, err := toUTF8(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if note != "" && warn != nil {
		warn(name + ": " + note)
	}
	orig := data
	// items left out, the others read: an item holding a raw NUL byte
	// (rawNulItems), or one that does not parse (brokenItems: a NUL
	// character reference, &#0;), blanked in data; a JSON Feed's item
	// of the wrong shape (salvageJSON)
	var bad map[int]error
	var spans []itemSpan
	xmlDoc := isXMLDoc(data)
	if xmlDoc && bytes.IndexByte(data, 0) >= 0 {
		spans = itemSpans(data)
		if bad = rawNulItems(name, data, spans); len(bad) > 0 {
			data = blankItems(data, spans, bad)
		}
		if w := outsideNul(name, data, spans, rawNul); w != "" && warn != nil {
			warn(w) // (gofeed drops the byte)
		}
	}
	if xmlDoc {
		// an item whose tags do not balance ("</descripton>"), which
		// gofeed reads past without an error, losing the items after
		// it: left out, the others read (unbalancedItems); an entity
		// reference to no entity ("&bogus;"), which gofeed keeps as
		// text: said (undefinedEntities)
		if spans == nil {
			spans = itemSpans(data)
		}
		if bad == nil {
			bad = map[int]error{}
		}
		if unbalancedItems(name, data, spans, bad) {
			data = blankItems(data, spans, bad)
		}
		// an end tag alone between two items ("</item>" left over),
		// which gofeed takes as closing the channel, losing the items
		// after it: blanked and said (strayEndTags)
		var w string
		if data, w = strayEndTags(name, data, spans); w != "" && warn != nil {
			warn(w)
		}
		if w := undefinedEntities(name, data, spans); w != "" && warn != nil {
			warn(w)
		}
	}
	var f *gofeed.Feed
	if !xmlDoc && jsonNulls(data) {
		// a null item or author, on which gofeed fails: read item by
		// item (salvageJSON), the null item left out, null authors
		// dropped
		err = errors.New("a null item or author")
	} else {
		f, err = parseFeed(data)
	}
	if err != nil && xmlDoc && nulRefRE.Match(data) {
		// a NUL character reference (&#0;) in the feed's own markup (its
		// title, say), which the XML parser refuses, failing the whole
		// feed: dropped and said; one in an item leaves that item out
		// (brokenItems)
		if spans == nil {
			spans = itemSpans(data)
		}
		if w := outsideNul(name, data, spans, nulRef); w != "" {
			data = dropOutside(data, spans, nulRef)
			spans = itemSpans(data)
			if warn != nil {
				warn(w)
			}
			f, err = parseFeed(data)
		}
	}
	if err != nil && xmlDoc {
		if spans == nil {
			spans = itemSpans(data)
		}
		if bad == nil {
			bad = map[int]error{}
		}
		if brokenItems(name, data, spans, bad) {
			data = blankItems(data, spans, bad)
			f, err = parseFeed(data)
		}
	}
	var cut error
	if err != nil {
		same := len(data) == read // no byte order mark dropped, no UTF-16
		g, n, jbad, whole := salvage(name, data)
		if g == nil {
			return nil, failedAt(name, "not a readable feed", data, same, err)
		}
		f = g
		if len(jbad) > 0 {
			bad = jbad
		}
		if !whole {
			items := fmt.Sprintf("its first %d complete items", n)
			if n == 1 {
				items = "its first complete item"
			}
			cut = failedAt(name, "feed cut off or broken after "+items+" (kept)", data, same, err)
		}
	}
	if len(bad) > 0 {
		f.Items = withLeftOut(f.Items, bad)
	}
	if stray != nil && warn != nil {
		warn(stray.warning(name, f))
	}
	base := feedBase(name, f)
	lang := f.Language
	if len(lang) > 2 {
		lang = strings.ToLower(lang[:2])
	}
	var out []*dyad.Article
	var guids []string // out's items' guids (sharedLinkIDs)
	localBudget := maxLocalDates
	local := map[string]*time.Time{} // localDate by date text: feeds repeat dates
	overBudget := 0
	var nul []error // items refused for a NUL character
	var empty []int // items with neither title nor text, numbered from 1
	for i, it := range f.Items {
		if it == nil {
			continue // left out (bad)
		}
		content := it.Content
		if strings.TrimSpace(content) == "" {
			content = it.Description
		}
		body := Paragraphs(content)
		title := titleText(it.Title)
		if title == "" && len(body) == 0 {
			empty = append(empty, i+1)
			continue
		}
		if body == nil {
			body = []string{}
		}
		if field := nulField(f, it, title, body); field != "" {
			// a NUL character (a JSON Feed's \u0000): binary data, as in
			// a text file or a JSON Lines record; the item is refused,
			// the others kept
			nul = append(nul, fmt.Errorf(`%s: item %d: binary data (field %q holds a NUL character, \u0000)%s`, name, i+1, field, leftOut))
			continue
		}
		a := &dyad.Article{
			URL:      strings.TrimSpace(it.Link),
			Source:   strings.TrimSpace(f.Title),
			Title:    title,
			Language: lang,
			Body:     body,
			Input:    fmt.Sprintf("%s:%d", name, i+1),
			Item:     i + 1,
		}
		if a.URL == "" && strings.HasPrefix(it.GUID, "http") {
			a.URL = it.GUID
		}
		a.URL = resolveLink(a.URL, base)
		a.Section = linkSection(a.URL)
		for _, p := range it.Authors {
			if p != nil && strings.TrimSpace(p.Name) != "" {
				a.Authors = append(a.Authors, strings.TrimSpace(p.Name))
			}
		}
		t, tText := it.PublishedParsed, it.Published
		if t == nil {
			t, tText = it.UpdatedParsed, it.Updated
		}
		unread := false // over the budget: never tried
		if t == nil {
			if ds := firstNonEmpty(it.Published, it.Updated); ds != "" {
				tText = ds
				if d, ok := local[ds]; ok {
					t = d
				} else if localBudget > 0 {
					localBudget--
					t = localDate(ds, lang)
					if t != nil && (!dayWritten(ds, t.Day()) || !ymdAsRead(ds, *t)) {
						// "Mon, 31 Feb 2024": the date parser moves a
						// day that does not exist to one that does
						// (2024-02-29), and reads "2024-13-01" as
						// January 13; no such date, the item undated
						t = nil
					}
					local[ds] = t
				} else {
					unread = true
					overBudget++
				}
			}
		}
		problem := "cannot be read"
		if t != nil && t.Year() < 1800 {
			// the floor of --date and a text file's DATE: ("09 Jul
			// 1700": a typo, no news of that year)
			t, problem = nil, "is before 1800"
		}
		if today := time.Now().UTC(); t != nil && article.AheadOfToday(t.UTC().Format(time.DateOnly), today) {
			// a day ahead of every time zone's today: a typo or a clock
			// gone wrong, refused as a text file's DATE: is, but for
			// this item alone
			t, problem = nil, "is in the future (today is "+today.Format(time.DateOnly)+")"
		}
		if t != nil {
			a.Published, a.PublishedFrom = itemStamp(*t, tText), "meta"
		} else if ds := firstNonEmpty(it.Published, it.Updated); ds != "" && warn != nil && !unread {
			ref := a.URL
			if ref == "" {
				ref = title
			}
			if ref != "" {
				ref = " (" + ref + ")" // (none for an item with neither: "feed.json:1: date …")
			}
			warn(fmt.Sprintf("%s%s: date %q %s; the item is undated", itemName(name, i), ref, strings.TrimSpace(ds), problem))
		}
		if absolute(a.URL) {
			a.ID = dyad.ArticleID(a.URL, "")
		} else {
			// no link, or one left relative ("/news/1", no base to
			// resolve it by), names no page: the id is of the text with
			// the feed's title and the item's date (article.NormalText),
			// as a text file's is, so two outlets' or two days' copies of
			// one item are two articles, and two feeds' "/news/1" too
			idText := *a
			if len(body) == 0 {
				idText.Body = []string{title} // a headline-only item: not the id of every empty one
			}
			a.ID = dyad.ArticleID("", article.NormalText(&idText))
		}
		out = append(out, a)
		guids = append(guids, strings.TrimSpace(it.GUID))
	}
	sharedLinkIDs(out, guids)
	if overBudget > 0 && warn != nil {
		n := fmt.Sprintf("%d items' dates", overBudget)
		if overBudget == 1 {
			n = "1 item's date"
		}
		warn(fmt.Sprintf("%s: %s not read: over the %d-date budget; undated", name, n, maxLocalDates))
	}
	itemErrs := append(leftOutErrors(bad), nul...)
	if len(empty) > 0 && warn != nil && (len(out) > 0 || len(itemErrs) > 0 || cut != nil) {
		// (a feed of empty items alone fails below, "feed has no item
		// with a title or text")
		warn(emptyItems(name, empty))
	}
	if cut == nil && len(out) == 0 && len(itemErrs) == 0 {
		// an empty feed is said, as an empty page is: the caller
		// reports the input failed, naming it
		what := "no items"
		if len(f.Items) > 0 {
			what = fmt.Sprintf("no item with a title or text (%d items)", len(f.Items))
			if len(f.Items) == 1 {
				what = "no item with a title or text (1 item)"
			}
		}
		return nil, fmt.Errorf("%s: feed has %s", name, what)
	}
	if cut == nil && len(out) > 0 {
		if n := declaredItems(orig); n > len(f.Items) {
			// a tag broken mid-feed ("<title>Talks</titl>") makes the
			// parser skip the rest without an error: say so, at the
			// first item lost
			cut = fmt.Errorf("%s:%d: feed broken: %d items in the document, %d read (kept); the item opening on this line and those after it are not read",
				name, itemLine(orig, len(f.Items)), n, len(f.Items))
		}
	}
	return out, errors.Join(append(itemErrs, cut)...)
}

// emptyItems is the warning for the items of the feed name, numbered
// from 1, that have neither title nor text and are skipped, the first
// five named: "feed.xml item 3: no title and no text; skipped",
// "feed.xml items 1, 4: no title and no text; skipped", "feed.xml items
// 1, 2, 3, 4, 5 and 2 more: …". RSS, Atom and JSON Feed items alike.
func emptyItems(name string, items []int) string {
	if len(items) == 1 {
		return fmt.Sprintf("%s: no title and no text; skipped", itemName(name, items[0]-1))
	}
	var ns []string
	for _, n := range items[:min(len(items), 5)] {
		ns = append(ns, strconv.Itoa(n))
	}
	more := ""
	if len(items) > 5 {
		more = fmt.Sprintf(" and %d more", len(items)-5)
	}
	return fmt.Sprintf("%s items %s%s: no title and no text; skipped", name, strings.Join(ns, ", "), more)
}

// feedBase is the address relative item links ("/news/1") are resolved
// against: the feed's own link (an RSS channel's <link>, an Atom feed's
// alternate link) when it is an absolute http(s) URL, else name when the
// feed was fetched from one, else the feed's self link; nil when none is.
func feedBase(name string, f *gofeed.Feed) *url.URL {
	for _, s := range []string{f.Link, name, f.FeedLink} {
		if absolute(s) {
			if u, err := url.Parse(strings.TrimSpace(s)); err == nil {
				return u
			}
		}
	}
	return nil
}

// resolveLink resolves an item's link against base, when it is relative
// and base is not nil; an absolute link, or one that does not parse, is
// returned as it is.
func resolveLink(link string, base *url.URL) string {
	if link == "" || base == nil || absolute(link) {
		return link
	}
	ref, err := url.Parse(link)
	if err != nil {
		return link
	}
	return base.ResolveReference(ref).String()
}

// absolute reports an absolute http(s) URL.
func absolute(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// declaredItems counts the <item> and <entry> elements a feed document
// opens, with its root's namespace prefix when it has one (<atom:entry>).
func declaredItems(data []byte) int { return len(itemOpenings(data)) }

// itemLine is the 1-based line on which the feed document's k-th <item>
// or <entry> (0-based, as declaredItems counts them) opens, 1 when it has
// fewer.
func itemLine(data []byte, k int) int {
	at := itemOpenings(data)
	if k >= len(at) {
		return 1
	}
	return 1 + bytes.Count(data[:at[k]], []byte{'\n'})
}

// itemOpenings returns the byte offsets, in order, of the <item> and
// <entry> tags a feed document opens (declaredItems).
func itemOpenings(data []byte) []int {
	_, _, prefix, _ := rootPrefix(data)
	var at []int
	for _, name := range []string{"item", "entry"} {
		for _, end := range []string{">", " "} {
			tag := []byte("<" + prefix + name + end)
			for i := 0; ; {
				j := bytes.Index(data[i:], tag)
				if j < 0 {
					break
				}
				at = append(at, i+j)
				i += j + len(tag)
			}
		}
	}
	slices.Sort(at)
	return at
}

// salvage reads the complete items of a feed that is cut off or
// broken after them (a download that stopped, a server error page
// appended): the document up to its last </item> or </entry> (with the
// root's namespace prefix, </atom:entry>), closed again, or a JSON Feed's
// complete items (salvageJSON, which also gives the items left out, bad,
// and whether the document was whole). It returns the parsed feed and
// its item count, or nil when no complete item parses.
func salvage(name string, data []byte) (f *gofeed.Feed, n int, bad map[int]error, whole bool) {
	if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '{' {
		return salvageJSON(name, data)
	}
	prefix, local, item, _ := rootPrefix(data)
	for limit := len(data); ; {
		end, closer := -1, ""
		if i := bytes.LastIndex(data[:limit], []byte("</"+item+"item>")); i >= 0 {
			end, closer = i+len("</"+item+"item>"), "</channel></rss>"
			if strings.EqualFold(local, "rdf") {
				closer = "</" + prefix + local + ">"
			}
		}
		if i := bytes.LastIndex(data[:limit], []byte("</"+item+"entry>")); i > end {
			end, closer = i+len("</"+item+"entry>"), "</"+prefix+"feed>"
		}
		if end < 0 {
			return nil, 0, nil, false
		}
		doc := append(append([]byte{}, data[:end]...), closer...)
		f, err := parseFeed(doc)
		if err == nil && len(f.Items) > 0 {
			return f, len(f.Items), nil, false
		}
		// broken before the last complete item (a tag cut in two
		// mid-feed): the items that end before the line it broke on
		var xe *xml.SyntaxError
		if !errors.As(err, &xe) || xe.Line < 1 {
			return nil, 0, nil, false
		}
		lineStart := 0
		for n := 1; n < xe.Line; n++ {
			j := bytes.IndexByte(data[lineStart:], '\n')
			if j < 0 {
				break
			}
			lineStart += j + 1
		}
		if lineStart >= end {
			return nil, 0, nil, false
		}
		limit = lineStart
	}
}

// salvageJSON reads what it can of a JSON Feed the parser refused: the
// top-level members before a cut, and each item that decodes whole and
// fits gofeed's item type, put back together as a feed. An item that
// does not fit ("tags": "war", a numeric "date_published") is left out,
// in bad by its index, with an error naming the feed, its line and the
// item in plain words: `feed.json:4: item 3: tags is a string, want a
// list of strings (the item is left out, the others are read)`; whole
// says the document was read to its end (no cut). It returns nil when
// the document's top level does not parse, or when it was cut and no
// complete item decodes.
func salvageJSON(name string, data []byte) (f *gofeed.Feed, n int, bad map[int]error, whole bool) {
	// a raw NUL byte, which no JSON text holds, is read as a space and
	// the item that holds it refused as binary data, as an RSS item's
	// (rawNulItems); one in the feed's own members leaves it unreadable
	raw, nuls := data, bytes.IndexByte(data, 0) >= 0
	if nuls {
		data = bytes.ReplaceAll(data, []byte{0}, []byte{' '})
	}
	// hasNul is the offset of the first raw NUL byte in v, read up to
	// end, -1 for none
	hasNul := func(v json.RawMessage, end int64) int {
		if !nuls {
			return -1
		}
		start := end - int64(len(v))
		if i := bytes.IndexByte(raw[start:end], 0); i >= 0 {
			return int(start) + i
		}
		return -1
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, 0, nil, false
	}
	doc := map[string]any{}
	var items []json.RawMessage
	bad = map[int]error{}
	k := 0 // the items seen
	whole = true
members:
	for dec.More() {
		t, err := dec.Token()
		key, ok := t.(string)
		if err != nil || !ok {
			whole = false
			break
		}
		if key != "items" {
			var v json.RawMessage
			if dec.Decode(&v) != nil {
				whole = false
				break
			}
			if hasNul(v, dec.InputOffset()) >= 0 {
				return nil, 0, nil, false
			}
			if strings.EqualFold(key, "authors") {
				v = withoutNullAuthors(v) // gofeed fails on a null author
			}
			doc[key] = v
			continue
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('[') {
			whole = false
			break
		}
		for dec.More() {
			var it json.RawMessage
			if dec.Decode(&it) != nil {
				whole = false
				break members
			}
			start := dec.InputOffset() - int64(len(it))
			if at := hasNul(it, dec.InputOffset()); at >= 0 {
				line, col := lineCol(raw, at)
				bad[k] = fmt.Errorf("%s:%d: item %d: binary data: a raw NUL byte at column %d%s", name, line, k+1, col, leftOut)
			} else if isJSONNull(it) {
				// gofeed fails on a null item
				bad[k] = fmt.Errorf("%s:%d: item %d: item is null, want an object%s", name, lineAt(data, start+1), k+1, leftOut)
			} else if msg, off := jsonItemError(it); msg != "" {
				at := start
				if off > 0 {
					at += off
				}
				bad[k] = fmt.Errorf("%s:%d: item %d: %s%s", name, lineAt(data, at+1), k+1, msg, leftOut)
			} else {
				items = append(items, itemWithoutNullAuthors(it))
			}
			k++
		}
		if t, err := dec.Token(); err != nil || t != json.Delim(']') {
			whole = false
			break
		}
	}
	if whole {
		if t, err := dec.Token(); err != nil || t != json.Delim('}') {
			whole = false
		}
	}
	if len(items) == 0 && (!whole || len(bad) == 0) {
		return nil, 0, nil, false
	}
	doc["items"] = items
	if items == nil {
		doc["items"] = []json.RawMessage{}
	}
	all, err := json.Marshal(doc)
	if err != nil {
		return nil, 0, nil, false
	}
	f, err = parseFeed(all)
	if err != nil {
		return nil, 0, nil, false
	}
	return f, len(f.Items), bad, whole
}

var xmlEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']`)

// toUTF8 transcodes a feed to UTF-8. A UTF-16 feed (a byte order mark, or
// "<?xml" in UTF-16 without one) is decoded (fromUTF16); a UTF-8 byte
// order mark is dropped and the declaration, whatever it says, rewritten
// to UTF-8. A feed that is
// valid UTF-8 is read as UTF-8 whatever it declares: a feed declaring
// ISO-8859-1 (or another encoding) whose bytes are valid UTF-8 is UTF-8
// mislabelled (Latin-1 text hardly ever forms valid multi-byte UTF-8), and
// decoding it as declared gives mojibake ("ZÃ¼rich" for "Zürich"); its
// declaration is rewritten to UTF-8. A feed declaring another encoding
// than UTF-8 (<?xml … encoding="ISO-8859-1"?>) that is not valid UTF-8 is
// decoded from it and the declaration rewritten to UTF-8. A feed declaring
// UTF-8, or nothing (XML's and JSON Feed's default is UTF-8), goes through
// article.RepairUTF8: a stray byte becomes U+FFFD and a character cut off
// at the end is dropped, the rest kept as UTF-8; only a feed with no valid
// multi-byte sequence at all is read as Windows-1252 (a superset of
// ISO 8859-1, what undeclared legacy feeds use). An unknown declared
// encoding is an error.
//
// note says what was done when it was not reading UTF-8 as UTF-8, for a
// warning ("" otherwise): a declared legacy encoding decoded (`declares
// encoding "ISO-8859-1": decoded as windows-1252, as browsers do (the
// first byte not ASCII, 0xE9, on line 3)`), a feed read as Windows-1252
// for want of UTF-8 (`not UTF-8 and declares no encoding: read as
// Windows-1252 (Latin-1) (…)`, `declares UTF-8 but holds no UTF-8
// character: read as Windows-1252 (Latin-1) (…)`), a declared legacy
// encoding not used on a feed that is UTF-8 beyond ASCII (`declares
// encoding "ISO-8859-1" but is UTF-8: read as UTF-8, not as declared
// ("ü" as ISO-8859-1 is "Ã¼"; line 3)`). stray, when not nil, is the
// bytes that are not UTF-8 of a feed repaired as UTF-8, for a warning
// once the feed is parsed (naming the item they are in).
func toUTF8(data []byte) (out []byte, note string, stray *strayBytes, err error) {
	if u, ok := fromUTF16(data); ok {
		return declareUTF8(u), "", nil, nil
	}
	if b := bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")); len(b) < len(data) && utf8.Valid(b) {
		// a UTF-8 byte order mark says UTF-8 whatever the declaration
		// says (encoding="UTF-16" on a file saved as UTF-8)
		return declareUTF8(b), "", nil, nil
	}
	m := xmlEncoding.FindSubmatch(data)
	if utf8.Valid(data) {
		if m != nil {
			if enc, err := htmlindex.Get(string(m[1])); err == nil {
				if name, _ := htmlindex.Name(enc); name != "utf-8" {
					if line, i := firstNonASCII(data); i >= 0 {
						r, n := utf8.DecodeRune(data[i:])
						as, _ := enc.NewDecoder().Bytes(data[i : i+n])
						note = fmt.Sprintf("declares encoding %q but is UTF-8: read as UTF-8, not as declared (%q as %s is %q; line %d)", m[1], string(r), m[1], as, line)
					}
				}
			}
		}
		return declareUTF8(data), note, nil, nil
	}
	if m == nil {
		out, latin := article.RepairUTF8(data)
		if latin {
			return out, "not UTF-8 and declares no encoding: read as Windows-1252 (Latin-1)" + firstByte(data), nil, nil
		}
		return out, "", findStray(data, out, "is UTF-8 (it declares no encoding) but"), nil
	}
	enc, err := htmlindex.Get(string(m[1]))
	if err != nil {
		return nil, "", nil, fmt.Errorf("unknown encoding %q", m[1])
	}
	name, _ := htmlindex.Name(enc)
	if name == "utf-8" {
		out, latin := article.RepairUTF8(data)
		if latin {
			return out, "declares UTF-8 but holds no UTF-8 character: read as Windows-1252 (Latin-1)" + firstByte(data), nil, nil
		}
		return out, "", findStray(data, out, "declares UTF-8 but"), nil
	}
	out, err = enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, "", nil, fmt.Errorf("decoding: %w", err)
	}
	note = fmt.Sprintf("declares encoding %q: decoded as %s", m[1], name)
	if !strings.EqualFold(string(m[1]), name) {
		note += ", as browsers do"
	}
	return declareUTF8(out), note + firstByte(data), nil, nil
}

// strayBytes are the bytes that are not UTF-8 in a feed read as UTF-8
// (toUTF8), each read as U+FFFD: how many, the first and its line, and
// what the feed declares ("declares UTF-8 but").
type strayBytes struct {
	n, line int
	first   byte
	decl    string
	// marked: the feed holds U+FFFD only where a stray byte was, so the
	// item that holds one is the item the first stray byte is in
	marked bool
}

// findStray returns the stray bytes of data, a feed read as UTF-8 into out
// (article.RepairUTF8), decl what it declares; nil when there are none (a
// character cut off at the end is dropped and said by no warning).
func findStray(data, out []byte, decl string) *strayBytes {
	var s *strayBytes
	for i := 0; i < len(data); {
		if !utf8.FullRune(data[i:]) {
			break // a character cut off at the end (dropped)
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			if s == nil {
				s = &strayBytes{line: bytes.Count(data[:i], []byte("\n")) + 1, first: data[i], decl: decl}
			}
			s.n++
		}
		i += size
	}
	if s != nil {
		s.marked = !bytes.Contains(data, []byte("\uFFFD")) && bytes.Contains(out, []byte("\uFFFD"))
	}
	return s
}

// warning is the warning for the stray bytes of the feed name parsed into
// f: `feed.rss item 2 (https://example.org/b): declares UTF-8 but holds a
// byte that is not UTF-8, 0x97 on line 14: read as UTF-8, the byte as
// U+FFFD`, naming the item that holds the first ("NAME item N", N from 1,
// itemName, with its link, else its title), when
// that can be told; else the feed alone (`feed.rss: declares …`, a byte
// in the channel's title or markup). "2 bytes that are not UTF-8, the
// first 0x97 on line 14: read as UTF-8, each run of such bytes as U+FFFD"
// when there are more.
func (s *strayBytes) warning(name string, f *gofeed.Feed) string {
	where := name
	if s.marked {
		for i, it := range f.Items {
			if it == nil || !strings.Contains(it.Title+it.Description+it.Content, "\uFFFD") {
				continue
			}
			where = itemName(name, i)
			if ref := cmp.Or(strings.TrimSpace(it.Link), titleText(it.Title)); ref != "" {
				where += " (" + ref + ")"
			}
			break
		}
	}
	what := "a byte that is not UTF-8, "
	if s.n > 1 {
		what = fmt.Sprintf("%d bytes that are not UTF-8, the first ", s.n)
	}
	as := "the byte as U+FFFD"
	if s.n > 1 {
		as = "each run of such bytes as U+FFFD"
	}
	return fmt.Sprintf("%s: %s holds %s0x%02X on line %d: read as UTF-8, %s", where, s.decl, what, s.first, s.line, as)
}

// firstNonASCII is the 1-based line and the offset of data's first byte
// that is not ASCII (i -1 when there is none).
func firstNonASCII(data []byte) (line, i int) {
	i = bytes.IndexFunc(data, func(r rune) bool { return r >= utf8.RuneSelf })
	if i < 0 {
		return 0, -1
	}
	return bytes.Count(data[:i], []byte("\n")) + 1, i
}

// firstByte says where data's first byte that is not ASCII is, for a
// note of toUTF8: " (the first byte not ASCII, 0xE9, on line 3)".
func firstByte(data []byte) string {
	line, i := firstNonASCII(data)
	if i < 0 {
		return ""
	}
	return fmt.Sprintf(" (the first byte not ASCII, 0x%02X, on line %d)", data[i], line)
}

// declareUTF8 rewrites the encoding an XML declaration names to UTF-8
// (data is UTF-8 now); data without a declaration naming one is returned
// as it is.
func declareUTF8(data []byte) []byte {
	loc := xmlEncoding.FindSubmatchIndex(data)
	if loc == nil || strings.EqualFold(string(data[loc[2]:loc[3]]), "utf-8") {
		return data
	}
	return append(append(data[:loc[2]:loc[2]], "UTF-8"...), data[loc[3]:]...)
}

// fromUTF16 decodes UTF-16 data to UTF-8, without its byte order mark:
// data that starts with one (FF FE little-endian, FE FF big-endian) or,
// without one, with "<" and another ASCII character in UTF-16 ("<?xml",
// "<rss": XML's autodetection). ok is false for data that is not UTF-16 so. An odd
// last byte (a document cut inside a character) is dropped.
func fromUTF16(data []byte) ([]byte, bool) {
	var enc encoding.Encoding
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		enc = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		enc = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	case len(data) >= 4 && data[0] == '<' && data[1] == 0 && data[2] != 0 && data[2] < 0x80 && data[3] == 0:
		enc = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case len(data) >= 4 && data[0] == 0 && data[1] == '<' && data[2] == 0 && data[3] != 0 && data[3] < 0x80:
		enc = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	default:
		return nil, false
	}
	out, err := enc.NewDecoder().Bytes(data[:len(data)&^1])
	if err != nil {
		return nil, false
	}
	return out, true
}

// inlineTagRE matches an HTML element feeds put in titles, escaped:
// b, i, em, strong, span, a, font, br and their kin.
var inlineTagRE = regexp.MustCompile(`(?i)</?(?:a|abbr|b|big|br|cite|code|em|font|i|mark|p|q|s|small|span|strong|sub|sup|u|div)(?:\s[^<>]*)?/?>`)

// titleText is an item's title as plain text: entities decoded and white
// space collapsed, and markup in it (an RSS title's CDATA "Talks <em>in</em>
// Geneva", an Atom title of type html, "Talks &lt;b&gt;in&lt;/b&gt;
// Geneva") reduced to its text, "Talks in Geneva". A "<" that opens no
// tag ("Inflation < 2%") is text, and so is escaped text that holds no
// HTML element ("Apple &lt;AAPL.O&gt; shares fall", a Reuters ticker).
func titleText(raw string) string {
	s := raw
	if !strings.Contains(s, "<") {
		// escaped markup becomes markup here ("Talks &lt;b&gt;in&lt;/b&gt;
		// Zürich"); only an element of HTML is stripped below, so a ticker
		// ("Apple <AAPL.O> shares fall") stays text
		s = html.UnescapeString(s)
	}
	if strings.Contains(s, "<") && inlineTagRE.MatchString(s) {
		var b strings.Builder
		z := html.NewTokenizer(strings.NewReader(s))
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				break
			}
			if tt == html.TextToken {
				b.Write(z.Text())
			}
		}
		s = b.String()
	}
	return article.Clean(s)
}

// isTrailer reports feed furniture that is not story text: "Continue
// reading...", "Read more", "Related: <headline>".
func isTrailer(p string) bool {
	l := strings.ToLower(strings.TrimRight(p, ".…» "))
	return l == "continue reading" || l == "read more" || l == "read full article" || strings.HasPrefix(l, "related:")
}

// blocks are the HTML elements that end a paragraph.
var blocks = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "blockquote": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "tr": true,
	"table": true, "section": true, "article": true, "figure": true, "figcaption": true, "hr": true, "pre": true,
}

// Paragraphs strips the HTML fragment s to plain-text paragraphs: block
// elements (p, div, br, li, h1–h6, …) end a paragraph, script, style and
// figure captions are dropped, entities are decoded and white space is
// collapsed; feed trailers ("Continue reading...", "Related: …") are
// dropped. Plain text without tags comes back as one paragraph per
// blank-line-separated block.
func Paragraphs(s string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if p := article.Clean(cur.String()); p != "" && !isTrailer(p) {
			out = append(out, p)
		}
		cur.Reset()
	}
	if !strings.Contains(s, "<") {
		for _, p := range strings.Split(html.UnescapeString(s), "\n\n") {
			cur.WriteString(p)
			flush()
		}
		return out
	}
	z := html.NewTokenizer(strings.NewReader(s))
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			flush()
			return out
		case html.TextToken:
			if skip == 0 {
				cur.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			n, _ := z.TagName()
			tag := string(n)
			switch tag {
			case "script", "style", "figcaption", "noscript":
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
				continue
			}
			if blocks[tag] {
				flush()
			}
		}
	}
}

// itemStamp writes t, an item's time read from its date text, as
// Article.Published: RFC 3339 when the text gives a zone ("Tue, 05 Mar 2024
// 10:00:00 GMT", "…+01:00"); as a page's or a text file's time with no
// zone when it gives none (article.LocalStamp: "2024-03-05T10:00:00-00:00",
// the publisher's clock reading, or "2024-03-05" for a day alone). gofeed
// reads a time without a zone as UTC, which made the coder take it for an
// instant and date a Washington item stamped "2024-03-05" on March 4.
func itemStamp(t time.Time, text string) string {
	if zoneless(text) {
		return article.LocalStamp(t)
	}
	return t.Format(time.RFC3339)
}

// clockRE matches a time of day: "10:00", "10:00:00", "10:00:00.123".
var clockRE = regexp.MustCompile(`\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?`)

// zoneless reports whether a feed's date text gives no zone: a day alone
// ("2024-03-05", "8 July 2024"), or a time of day followed by nothing but a
// year or AM/PM ("2024-03-05T10:00:00", "Tue, 05 Mar 2024 10:00:00", "Tue
// Mar 5 10:00:00 2024"). A zone is an offset or a name after the time
// ("Z", "+0000", "-03:00", "GMT", "EST", "10:00:00Z").
func zoneless(text string) bool {
	loc := clockRE.FindStringIndex(text) // the first: "+01:00" reads as one too
	if loc == nil {
		return true
	}
	for _, f := range strings.Fields(text[loc[1]:]) {
		switch strings.ToLower(strings.Trim(f, ".")) {
		case "am", "pm", "a.m", "p.m":
			continue
		}
		if len(f) == 4 && strings.Trim(f, "0123456789") == "" {
			continue // a year after the time
		}
		return false
	}
	return true
}

// maxLocalDates bounds the item dates of one feed parsed by localDate,
// which takes 5–25 ms each: a feed of 100,000 items with dates gofeed
// cannot read has its first 64 dated, not minutes of parsing.
const maxLocalDates = 64

// localDate parses a feed date that gofeed could not, such as RFC 822 with
// day and month names in the feed's language ("Seg, 24 Set 2018 19:42:40
// -0300"), with go-dateparser; nil when it cannot. Only a date that names
// its day, month and year is read: go-dateparser resolves "yesterday", "2
// hours ago", "now", "Monday 10:00" and "Jul 8" against the clock, which
// dated the item by the day it was read, never its publication (the design
// brief never dates an event "today"); those are unread, as "sometime next
// week" is.
func localDate(s, lang string) *time.Time {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	s = article.NoLeapSecond(s) // ("23:59:60", which gofeed refuses)
	cfg := &dateparser.Configuration{StrictParsing: true}
	if lang != "" {
		cfg.Languages = []string{lang, "en"}
	}
	p := &dateparser.Parser{ParserTypes: []dateparser.ParserType{
		dateparser.Timestamp, dateparser.CustomFormat, dateparser.AbsoluteTime, dateparser.NoSpacesTime,
	}} // every parser but RelativeTime's
	d, err := p.Parse(cfg, s)
	if err != nil || d.IsZero() {
		return nil
	}
	return &d.Time
}

// dayWritten reports whether day is written in s, a date localDate read,
// as a number of one or two digits that is not part of a time ("10:02"):
// false for "Mon, 31 Feb 2024 10:00:00 GMT", which the date parser reads
// as February 29. True when s has no such number (a timestamp,
// "20240709"): nothing to compare.
func dayWritten(s string, day int) bool {
	short := false
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		inTime := (i > 0 && s[i-1] == ':') || (j < len(s) && s[j] == ':')
		if j-i <= 2 && !inTime {
			short = true
			if n, _ := strconv.Atoi(s[i:j]); n == day {
				return true
			}
		}
		i = j
	}
	return !short
}

// ymdRE matches a date written year first in digits: "2024-13-01",
// "2024/03/05", "2024.3.5", with no digit on either side.
var ymdRE = regexp.MustCompile(`(?:^|[^0-9])([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?:$|[^0-9])`)

// ymdAsRead reports whether t, the time localDate read from s, has the
// month and day s writes year first in digits: false for "2024-13-01",
// which the date parser reads as 2024-01-13 (day and month swapped to make
// a date; as written it is none). True when s writes no such date
// ("Seg, 24 Set 2018"): nothing to compare.
func ymdAsRead(s string, t time.Time) bool {
	m := ymdRE.FindStringSubmatch(s)
	if m == nil {
		return true
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	return y == t.Year() && mo == int(t.Month()) && d == t.Day()
}

// linkSection returns the section a feed item's link files it under: the
// first segment of the URL's path when more path follows and it is a word
// (lower-case letters and hyphens: "sport" in
// https://www.theguardian.com/sport/2018/jan/30/…, "us-news"), "" for
// anything else (a year, a slug alone, no URL). A feed names no section of
// its own, so the link is what sets a sport or obituary item aside, as a
// page's article:section does.
func linkSection(link string) string {
	i := strings.Index(link, "://")
	if i < 0 {
		return ""
	}
	rest := link[i+3:]
	j := strings.IndexByte(rest, '/')
	if j < 0 {
		return ""
	}
	seg, more, ok := strings.Cut(rest[j+1:], "/")
	if !ok || strings.Trim(more, "/") == "" || seg == "" {
		return ""
	}
	for _, r := range seg {
		if (r < 'a' || r > 'z') && r != '-' {
			return ""
		}
	}
	return seg
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}

// nulField names the first of an item's fields that holds a NUL character
// (a JSON Feed's \u0000), as the article fields a JSON Lines record would
// give them: "source" (the feed's title, every item's source), "title",
// "text" (content, else description), "url", "authors"; "" when none
// does.
func nulField(f *gofeed.Feed, it *gofeed.Item, title string, body []string) string {
	has := func(s string) bool { return strings.IndexByte(s, 0) >= 0 }
	switch {
	case has(f.Title):
		return "source"
	case has(title):
		return "title"
	case has(strings.Join(body, "")):
		return "text"
	case has(it.Link) || has(it.GUID):
		return "url"
	}
	for _, p := range it.Authors {
		if p != nil && has(p.Name) {
			return "authors"
		}
	}
	return ""
}

// sharedLinkIDs gives the items of arts (one feed's items, guids
// theirs) that share one link, and so its id, yet are other items than
// the first there (another guid, else another title or text: a live
// page's updates, a feed whose items all link to the front page) an id
// of their own: the dyad.ArticleID of the link with the guid, else with
// the title and text. The first item at a link keeps the link's id (a
// page fetched by its URL, and the feed read again, give that id), as do
// the items alike it in guid (else title and text): one item given again,
// which dyad ingest stores once and warns of.
func sharedLinkIDs(arts []*dyad.Article, guids []string) {
	key := func(i int) string {
		if guids[i] != "" {
			return "guid " + guids[i]
		}
		return "item " + arts[i].Title + "\n" + strings.Join(arts[i].Body, "\n")
	}
	first := map[string]int{} // the link id's first item
	for i, a := range arts {
		if a.URL == "" {
			continue
		}
		f, ok := first[a.ID]
		if !ok {
			first[a.ID] = i
			continue
		}
		if k := key(i); k != key(f) {
			a.ID = dyad.ArticleID("", dyad.CanonicalURL(a.URL)+"\n"+k)
		}
	}
}
