package article

import (
	"bytes"
	"encoding/json"
	"fmt"
	nurl "net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"

	"github.com/dyad-events/dyad"
)

// maxTrafilatura is the largest page handed to trafilatura; larger pages
// get only dyad's own paragraph walks (bounded time and memory).
const maxTrafilatura = 8 << 20

// readHTML extracts an article from an HTML page.
//
// Body: the <p> and list paragraphs of the page's main <article> when they
// hold most of its text (fast, and most news pages); else trafilatura's
// extraction, replaced by the <article> paragraphs or the densest
// <br>-separated block when those hold clearly more; then news-specific
// clean-up (cleanBody). Metadata: JSON-LD first, then <meta> tags, the URL,
// <time> elements and trafilatura's own findings.
func readHTML(data []byte, opt Options) (*dyad.Article, error) {
	data = toUTF8(data)
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		// x/net/html refuses pages with more than 512 elements open at
		// once (unclosed <div>s or <font>s by the thousand); read them
		// again with the deepest tags dropped and their text kept.
		if doc, err = html.Parse(bytes.NewReader(flatten(data, maxOpen))); err != nil {
			return nil, fmt.Errorf("HTML too deeply nested to parse: %w", err)
		}
	}
	m := scanPage(doc)
	m.absURLs(opt.URL)
	wrapLoose(doc) // text left outside <p> by unclosed ones
	a := &dyad.Article{}

	var res *trafilatura.ExtractResult
	// The paragraphs of the page's <article> are the story when they make
	// up most of its text; otherwise (no container, text in <div>s…)
	// trafilatura decides.
	alt, all := articleParas(doc)
	own := textLen(alt) >= 500 && textLen(alt)*10 >= all*6
	var dense, paras, page []string
	var runs [][][]string
	if !own {
		// Found before trafilatura runs: it may rearrange doc.
		dense = densestBlock(doc)
		paras = fallbackBody(doc)
		page = pageBlocks(doc) // (splitRunOn)
		if len(data) <= maxTrafilatura {
			runs = siblingStories(doc) // only trafilatura's body needs them
		}
	}
	if !own && len(data) <= maxTrafilatura {
		topt := trafilatura.Options{
			HtmlDateMode:    trafilatura.Disabled,
			ExcludeComments: true,
			ExcludeTables:   false,
			Deduplicate:     false,
		}
		if u, err := nurl.Parse(opt.URL); err == nil && opt.URL != "" {
			topt.OriginalURL = u
		}
		res, _ = trafilatura.ExtractDocument(doc, topt)
	}
	var tm trafilatura.Metadata
	if res != nil {
		tm = res.Metadata
	}

	// Metadata, best source first.
	sites := []string{m.ld.publisher, m.meta["og:site_name"], m.meta["application-name"], m.meta["apple-mobile-web-app-title"], tm.Sitename,
		hostName(first(m.canonical, m.meta["og:url"], opt.URL))}
	h1 := m.h1
	if len(strings.Fields(h1)) < 3 || strings.Contains(strings.ToLower(h1), "logo") || masthead(h1, sites) {
		h1 = "" // a masthead or menu, not a headline
	}
	a.Title = voteTitle(stripSite(m.ld.headline, sites), stripSiteSuffix(m.meta["og:title"], sites...),
		stripSiteSuffix(m.meta["twitter:title"], sites...), h1)
	if a.Title == "" {
		a.Title = normTitle(stripSiteSuffix(first(m.title, clean(tm.Title)), sites...))
	}
	a.Section = first(m.ld.section, m.meta["article:section"], m.meta["section"], m.meta["parsely-section"], firstOf(tm.Categories))
	a.Source = outlet([]string{m.ld.publisher, m.meta["og:site_name"], m.meta["application-name"], tm.Sitename},
		a.Section, m.title, hostName(first(m.canonical, m.meta["og:url"], opt.URL)))
	// the page's declared language; trafilatura's guess from the text
	// (tm.Language) only once the body is known to be long enough
	a.Language = lang(first(m.ld.language, m.lang, m.meta["og:locale"], m.meta["content-language"], m.meta["language"]))
	a.URL = first(m.canonical, m.meta["og:url"], opt.URL, tm.URL)
	if a.URL != "" && !strings.HasPrefix(a.URL, "http://") && !strings.HasPrefix(a.URL, "https://") {
		a.URL = opt.URL
	}
	if len(m.ld.authors) > 0 {
		a.Authors = m.ld.authors
	} else if au := firstName(m.meta["author"], m.meta["article:author"], m.meta["byl"], m.meta["dc.creator"], m.meta["parsely-author"],
		m.meta["sailthru.author"], m.itemAuthor, tm.Author); au != "" {
		a.Authors = splitAuthors(au)
	}
	a.Authors = tidyAuthors(a.Authors, a.Source)
	if len(a.Authors) > 0 {
		a.Byline = "By " + joinNames(a.Authors)
	}
	var ahead string
	a.Published, a.PublishedFrom, ahead = pageDate(m, a.URL, tm, time.Now())
	if ahead != "" && opt.Warn != nil {
		then := "the page gives no other date"
		if a.Published != "" {
			then = "dated " + a.Published + " by " + dateSource(a.PublishedFrom) + " instead"
		}
		opt.Warn(fmt.Sprintf("publication date %s is in the future (today is %s): not taken; %s",
			ahead, time.Now().UTC().Format(time.DateOnly), then))
	}
	a.Updated = pageUpdated(m, a.Published)

	// Body.
	var body []string
	switch {
	case own:
		body = alt
	case res != nil && res.ContentNode != nil:
		body = joinSiblings(splitRunOn(dropDump(blocks(res.ContentNode)), page), runs)
	}
	if !own && (textLen(alt) > 2*textLen(body)+200 || len(body) == 1 && len(alt) >= 2 && textLen(alt)*10 >= textLen(body)*5) {
		// trafilatura kept only part of the story (or nothing), or ran a
		// short story's title, byline, captions and paragraphs into one
		// block: take the paragraphs of the page's main <article> instead.
		body = alt
	}
	if !own && len(body) == 1 {
		// trafilatura ran a short page's paragraphs into one block (a
		// page without <article>): the page's <p> elements that make up
		// that block are its paragraphs.
		var split []string
		for _, p := range paras {
			if inBlock(p, body) {
				split = append(split, p)
			}
		}
		if len(split) >= 2 && textLen(split)*10 >= textLen(body)*8 {
			body = split
		}
	}
	if textLen(body) < 500 && textLen(dense)*10 >= textLen(body)*4 && len(dense) > 0 && !everyInBlock(dense, body) ||
		len(body) == 1 && len(dense) >= 3 && (textLen(dense)*10 >= textLen(body)*7 || textLen(dense) >= 500 && textLen(dense)*3 >= textLen(body) && allIn(dense, body[0])) {
		// Nothing usable (but not when every line of the densest block
		// is already among the paragraphs found), or one run-on block where the page
		// has <br>-separated paragraphs: most of the block, or a good
		// part of it holding every one of them (the page's whole text,
		// menus and all, that trafilatura gives when it finds no story
		// container, around a story set as one <div> of lines).
		body = dense
	}
	if len(body) == 0 {
		body = fallbackBody(doc)
	}
	a.Captions = m.captions
	if len(a.Authors) == 0 || len(a.Authors) == 1 && siteName(a.Authors[0], sites) {
		// No byline, or the outlet named as its own author: the
		// reporter's name may open the story as a line of its own
		// ("By Jane Roe"; a bare "Jane Roe" only in the second case, as
		// with no author at all it could as well be a place).
		body = bylineInBody(body, a, len(a.Authors) == 0)
	}
	a.Body = cleanBody(body, a, first(m.meta["og:description"], m.meta["description"], m.meta["twitter:description"]))
	if noStory(a.Body) {
		// The page's title and menu, as trafilatura gives when a page
		// holds no story (cut off, or an index page).
		a.Body = nil
	}
	if a.Language == "" && words(a.Body) >= minGuessWords {
		a.Language = lang(tm.Language)
	}
	return a, nil
}

// minGuessWords is the fewest words of body text from which a page that
// declares no language is labelled with the language its text is guessed
// to be in (trafilatura's guess): below it the guess is noise (a
// one-sentence English page was "fi"), and Language stays "". It is the
// number of words the English check judges on (EnglishMinWords).
const minGuessWords = EnglishMinWords

// words counts the white-space separated words of paragraphs.
func words(paras []string) int {
	n := 0
	for _, p := range paras {
		n += len(strings.Fields(p))
	}
	return n
}

// maxOpen is how many elements flatten leaves open at once, well under
// the HTML parser's limit of 512 (which counts the elements it reopens
// itself, such as unclosed <b> tags carried into each new paragraph).
const maxOpen = 200

// flatten rewrites a page so that at most max elements are open at any
// point: a start tag that would open one more is dropped, with its end
// tag, and its text is kept.
func flatten(data []byte, max int) []byte {
	z := html.NewTokenizer(bytes.NewReader(data))
	out := make([]byte, 0, len(data))
	depth := 0
	dropped := map[string]int{}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements[string(name)] || impliedEnd[string(name)] {
				break
			}
			if depth >= max {
				dropped[string(name)]++
				continue
			}
			depth++
		case html.EndTagToken:
			name, _ := z.TagName()
			if impliedEnd[string(name)] {
				break
			}
			if dropped[string(name)] > 0 {
				dropped[string(name)]--
				continue
			}
			if depth > 0 {
				depth--
			}
		}
		out = append(out, z.Raw()...)
	}
}

// impliedEnd are elements the parser closes by itself when a sibling
// starts (<p>, <li>, table cells…): flatten neither counts nor drops them.
var impliedEnd = map[string]bool{"p": true, "li": true, "dt": true, "dd": true, "tr": true, "td": true, "th": true,
	"option": true, "optgroup": true, "rp": true, "rt": true, "tbody": true, "thead": true, "tfoot": true,
	"html": true, "head": true, "body": true}

// voidElements never have content or an end tag.
var voidElements = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true}

// toUTF8 decodes a page that is not valid UTF-8 using its declared charset
// (or a guess), best effort. A page that declares UTF-8 (declaresUTF8) is
// read as UTF-8 whatever its bytes, as browsers read it (WHATWG: a declared
// encoding wins): each invalid byte becomes U+FFFD ("caf\xe9" → "caf\uFFFD",
// not "café"; Read warns, utf8Warning) and a character cut off at the end
// is dropped. A page declaring nothing, or guessed as Windows-1252, is read
// by RepairUTF8: a page cut off inside a multibyte character loses that
// incomplete character, and a UTF-8 page with a stray byte keeps its UTF-8
// (the byte becomes U+FFFD); Windows-1252 is used only for a page holding
// no valid multi-byte UTF-8 sequence.
func toUTF8(data []byte) []byte {
	if utf8.Valid(data) {
		return data
	}
	if declaresUTF8(data) {
		return bytes.ToValidUTF8(dropCutRune(data), []byte("\uFFFD"))
	}
	enc, name, _ := charset.DetermineEncoding(data, "")
	if name != "utf-8" && name != "windows-1252" {
		if out, _, err := transform.Bytes(enc.NewDecoder(), data); err == nil && utf8.Valid(out) {
			return out
		}
	}
	out, _ := RepairUTF8(data)
	return out
}

// declaresUTF8 reports whether an HTML page declares UTF-8 in its first
// KiB: <meta charset="utf-8">, a <meta http-equiv="Content-Type"> with
// charset=utf-8 (or a label WHATWG maps to UTF-8). It is what
// charset.DetermineEncoding finds there with the page's non-ASCII bytes
// masked, so that its guess from the bytes (UTF-8 when they are valid)
// does not count as a declaration.
func declaresUTF8(data []byte) bool {
	head := bytes.Clone(data[:min(len(data), 1024)])
	for i, c := range head {
		if c >= 0x80 {
			head[i] = ' '
		}
	}
	_, name, _ := charset.DetermineEncoding(head, "")
	return name == "utf-8"
}

// utf8Warning is the warning for an HTML page, data after any byte order
// mark (skip bytes long, counted in the offsets; a UTF-8 byte order mark
// declares UTF-8 as WHATWG has it, over any <meta>), that declares UTF-8 and
// holds bytes that are not UTF-8 (a Latin-1 fragment pasted into a UTF-8
// template, a page saved in another charset): "12: declares UTF-8 but
// holds 2 bytes that are not UTF-8, the first 0xE9 at byte offset 1234
// (0-based): read as UTF-8, each as U+FFFD", the line of the first such
// byte before the colon, for the caller to put the input's name before.
// It is "" for a page that does not declare UTF-8, or is valid UTF-8 but
// for a character cut off at its end (a cut page says so itself).
func utf8Warning(data []byte, skip int) string {
	if utf8.Valid(data) || skip == 0 && !declaresUTF8(data) {
		return ""
	}
	data = dropCutRune(data)
	first, n := -1, 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			if first < 0 {
				first = i
			}
			n++
		}
		i += size
	}
	if first < 0 {
		return ""
	}
	bytesWord := "a byte that is not UTF-8, "
	if n > 1 {
		bytesWord = fmt.Sprintf("%d bytes that are not UTF-8, the first ", n)
	}
	return fmt.Sprintf("%d: declares UTF-8 but holds %s0x%02X at byte offset %d (0-based): read as UTF-8, each such byte as U+FFFD, as browsers do",
		bytes.Count(data[:first], []byte("\n"))+1, bytesWord, data[first], first+skip)
}

// dropCutRune returns data without a trailing incomplete UTF-8 sequence:
// a leading byte in its last three bytes followed by fewer continuation
// bytes than it announces. Other data is returned as it is.
func dropCutRune(data []byte) []byte {
	for i := len(data) - 1; i >= 0 && i >= len(data)-3; i-- {
		if c := data[i]; c&0xC0 != 0x80 { // not a continuation byte
			if c >= 0xC0 && !utf8.FullRune(data[i:]) {
				return data[:i]
			}
			return data
		}
	}
	return data
}

// page holds what scanPage found in a document.
type page struct {
	ld            ldArticle
	meta          map[string]string // lower-case name/property/itemprop → first content
	lang          string
	canonical     string
	base          string // the first <base href>
	h1            string
	title         string // the <title> element
	timeAttr      string // the first <time datetime> inside an <article>, else in the page
	timeInArticle bool
	// textPublished and textUpdated are the first days a short line of
	// the page gives as the story's ("Published: March 4, 2024",
	// "This story is from October 9, 2019"; "Updated: Oct 9, 2019, 11:05
	// IST"), and textStamp the first line that is a date alone
	// ("December 16, 2016, 4:19 PM"), for pages that mark up no date.
	textPublished, textUpdated, textStamp string
	// itemAuthor is the name in the first microdata itemprop="author"
	// element that has an itemprop="name" (a schema.org Person byline).
	itemAuthor     string
	itemAuthorSeen bool
	junk           []*html.Node // nodes to remove after the walk
	captions       []string
	// captionsInArticle is set once a caption inside an <article> is seen.
	captionsInArticle bool
}

// absURLs makes the page's canonical link and og:url absolute http(s)
// URLs: a relative one ("kenya-talks.html", "/world/kenya-talks.html",
// "//news.example.org/world/kenya-talks.html") is resolved against the
// page's <base href> (itself resolved against pageURL, Options.URL), else
// against pageURL; a protocol-relative one with neither takes https. One
// that cannot be made an http(s) URL is dropped, so that the next source
// of the article's URL is used (a relative canonical link hid an absolute
// og:url, and the page's URL was lost).
func (p *page) absURLs(pageURL string) {
	var base *nurl.URL
	if u, err := nurl.Parse(strings.TrimSpace(pageURL)); err == nil && u.IsAbs() {
		base = u
	}
	if u, err := nurl.Parse(strings.TrimSpace(p.base)); err == nil && p.base != "" {
		if base != nil {
			u = base.ResolveReference(u)
		}
		if u.IsAbs() {
			base = u
		}
	}
	abs := func(ref string) string {
		ref = strings.TrimSpace(ref)
		u, err := nurl.Parse(ref)
		if ref == "" || err != nil {
			return ""
		}
		switch {
		case base != nil:
			u = base.ResolveReference(u)
		case u.Scheme == "" && u.Host != "":
			u.Scheme = "https"
		}
		if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return ""
		}
		return u.String()
	}
	p.canonical = abs(p.canonical)
	if og, ok := p.meta["og:url"]; ok {
		if og = abs(og); og != "" {
			p.meta["og:url"] = og
		} else {
			delete(p.meta, "og:url")
		}
	}
}

// scanPage walks doc once, collecting JSON-LD, <meta> tags, the canonical
// link, the first <h1>, <time> elements and figure captions.
func scanPage(doc *html.Node) *page {
	p := &page{meta: map[string]string{}}
	var walk func(n *html.Node, inArticle bool)
	walk = func(n *html.Node, inArticle bool) {
		if n.Type == html.TextNode && p.textPublished == "" && len(n.Data) < 300 && !inFurniture(n) {
			p.stampDate(clean(n.Data))
		}
		if n.Type == html.ElementNode {
			if !p.itemAuthorSeen && n.DataAtom != atom.Meta && len(n.Attr) > 0 && attr(n, "itemprop") == "author" {
				if name := itemName(n); name != "" {
					p.itemAuthor, p.itemAuthorSeen = name, true
				}
			}
			switch n.DataAtom {
			case atom.Html:
				p.lang = attr(n, "lang")
			case atom.Meta:
				key := strings.ToLower(first(attr(n, "property"), attr(n, "name"), attr(n, "itemprop"), attr(n, "http-equiv")))
				if c := strings.TrimSpace(first(attr(n, "content"), attr(n, "value"))); key != "" && c != "" {
					if _, ok := p.meta[key]; !ok {
						p.meta[key] = c
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && p.canonical == "" {
					p.canonical = attr(n, "href")
				}
			case atom.Base:
				if p.base == "" {
					p.base = attr(n, "href")
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					p.ld.merge(n.FirstChild.Data)
				}
				if n.Parent != nil && n.Parent.DataAtom == atom.Head {
					p.junk = append(p.junk, n)
				}
				return
			case atom.Style, atom.Svg, atom.Template, atom.Iframe:
				p.junk = append(p.junk, n)
				return
			case atom.Noscript:
				// A noscript holding markup only (a tracking pixel, a
				// "turn on JavaScript" image) is read by the parser as
				// raw text: dropped, it cannot pass "<img src=…>" off as
				// story text. One holding words is kept.
				if markupOnly(rawText(n)) {
					p.junk = append(p.junk, n)
				}
				return
			case atom.Title:
				if p.title == "" {
					p.title = clean(textOf(n))
				}
			case atom.H1:
				if p.h1 == "" {
					p.h1 = clean(textOf(n))
				}
			case atom.Time:
				if strings.EqualFold(attr(n, "itemprop"), "datePublished") && p.meta["datepublished"] == "" {
					p.meta["datepublished"] = attr(n, "datetime")
				}
				dt := attr(n, "datetime")
				if c := n.FirstChild; dt == "" && c != nil && c.NextSibling == nil && c.Type == html.TextNode && len(c.Data) < 100 {
					// <time>Dec 13, 2016 at 3:45 pm</time>: its own short
					// text only (nested <time>s re-read the page: review)
					dt, _ = dayIn(c.Data)
				}
				if dt != "" && (p.timeAttr == "" || inArticle && !p.timeInArticle) {
					p.timeAttr, p.timeInArticle = dt, inArticle
				}
			case atom.Figcaption:
				c := clean(textOf(n))
				if cc, ok := captionOf(c); ok {
					c = cc
				}
				c = slashCreditRE.ReplaceAllString(c, "")
				switch {
				case c == "":
				case inArticle && !p.captionsInArticle:
					// Captions inside the story's <article> replace any
					// found before it (page furniture, teasers).
					p.captions, p.captionsInArticle = []string{c}, true
				case (inArticle || !p.captionsInArticle) && len(p.captions) < 20:
					p.captions = appendNew(p.captions, c)
				}
				return
			case atom.Article:
				inArticle = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle)
		}
	}
	walk(doc, false)
	// Scripts, styles and inline SVG carry no story text; dropping them
	// once here spares trafilatura from cloning and walking them.
	for _, n := range p.junk {
		parent := n.Parent
		if parent == nil {
			continue
		}
		prev, next := n.PrevSibling, n.NextSibling
		parent.RemoveChild(n)
		// Keep one text node where two now touch: trafilatura reads
		// text the etree way and would lose the second.
		if prev != nil && next != nil && prev.Type == html.TextNode && next.Type == html.TextNode {
			prev.Data += next.Data
			parent.RemoveChild(next)
		}
	}
	p.junk = nil
	return p
}

// dateStampRE matches a line that dates the story: a "Published",
// "Updated", "Posted" or "This story is from" label and what follows it.
var dateStampRE = regexp.MustCompile(`^(?i:(published|first published|posted|this story is from|updated|last updated))\b:?\s*(?i:on\s+)?(.{6,60})$`)

// dayInTextRE matches a day written out with its year: "Oct. 9, 2019",
// "October 9 2019", "9 October 2019", "9th Oct, 2019" or "2019-10-09".
var dayInTextRE = regexp.MustCompile(`\b(?:(` + monthWord + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s+(` + monthWord + `)\.?,?\s+(\d{4})|(\d{4})-(\d\d)-(\d\d))\b`)

// dateAloneRE matches a line that is a date and nothing else, perhaps
// with a weekday before it and a time after it: "December 16, 2016, 4:19
// PM", "Tuesday 9 October 2019 11:05 BST".
var dateAloneRE = regexp.MustCompile(`^(?:` + weekdayWord + `\.?,?\s+)?(?:` + monthWord + `\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+` + monthWord + `\.?,?\s+\d{4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?$`)

// stampDate records the day of a date stamp line (dateStampRE) in
// textPublished or textUpdated, the first of each kind.
func (p *page) stampDate(line string) {
	m := dateStampRE.FindStringSubmatch(line)
	if m == nil {
		if p.textStamp == "" && len(line) >= 8 && len(line) <= 60 && dateAloneRE.MatchString(line) {
			p.textStamp, _ = dayIn(line)
		}
		return
	}
	day, ok := dayIn(m[2])
	if !ok {
		return
	}
	if strings.Contains(strings.ToLower(m[1]), "updated") {
		if p.textUpdated == "" {
			p.textUpdated = day
		}
		return
	}
	p.textPublished = day
}

// dayIn returns the first day written out with its year in s
// (dayInTextRE) as "2006-01-02", and whether there is one.
func dayIn(s string) (string, bool) {
	m := dayInTextRE.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	var v string
	switch {
	case m[1] != "":
		v = m[1] + " " + m[2] + " " + m[3]
	case m[5] != "":
		v = m[5] + " " + m[4] + " " + m[6]
	default:
		v = m[7] + "-" + m[8] + "-" + m[9]
		if t, err := time.Parse("2006-01-02", v); err != nil || !plausible(t) {
			return "", false
		}
		return v, true
	}
	t, err := time.Parse("Jan 2 2006", v[:3]+v[strings.IndexByte(v, ' '):])
	if err != nil || !plausible(t) {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

// itemName returns the itemprop="name" under a microdata author element
// (its content attribute, else its text), or "" when there is none, it
// is a single word or it is a photo credit ("(Image: …)").
func itemName(n *html.Node) string {
	var name string
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if attr(c, "itemprop") == "name" {
				name = clean(first(attr(c, "content"), textOf(c)))
				return true
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(n)
	// One word is a user name ("admin", "Eddie") more often than a byline.
	if len(strings.Fields(name)) < 2 || strings.HasPrefix(name, "(") || strings.Contains(name, "Image") || strings.Contains(name, "://") || len(name) > 80 {
		return ""
	}
	return name
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf returns the text under n, with block boundaries as spaces.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript:
				return
			case atom.Br:
				b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && n.DataAtom != atom.Span && n.DataAtom != atom.A && n.DataAtom != atom.Em && n.DataAtom != atom.Strong && n.DataAtom != atom.B && n.DataAtom != atom.I && n.DataAtom != atom.U {
			b.WriteByte(' ')
		}
	}
	walk(n)
	return b.String()
}

// headingMark starts the blocks that are headings.
const headingMark = "\x00h "

// blocks turns trafilatura's content node into paragraphs: one per <p>,
// list item, quote, table row or loose inline run; headings are returned
// with headingMark before their text.
func blocks(root *html.Node) []string {
	var out []string
	var inline strings.Builder
	flush := func() {
		if t := clean(inline.String()); t != "" {
			out = append(out, t)
		}
		inline.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				inline.WriteString(c.Data)
				continue
			}
			if c.Type != html.ElementNode {
				continue
			}
			switch tag := tagOf(c); tag {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				flush()
				if t := clean(textOf(c)); t != "" {
					out = append(out, headingMark+t)
				}
			case atom.P, atom.Li, atom.Pre, atom.Tr, atom.Dd, atom.Dt:
				flush()
				if appendBoldHeading(&out, c) {
					continue
				}
				if t := clean(textOf(c)); t != "" {
					out = append(out, t)
				}
			case atom.Br:
				flush()
			case atom.Ul, atom.Ol, atom.Blockquote, atom.Div, atom.Table, atom.Tbody, atom.Thead, atom.Section,
				atom.Dl, atom.Figure, atom.Body:
				flush()
				walk(c)
				flush()
			default:
				inline.WriteString(textOf(c))
			}
		}
	}
	walk(root)
	flush()
	return out
}

// boldHeading finds a subheading set in bold on the first line of a
// paragraph (<p>), as the Guardian and many sites write them: the
// paragraph's first element, <strong> or <b>, holding at most 12 words
// that open with a capital, digit or quotation mark and end with no stop,
// colon or comma, then a line break and the paragraph's sentences
// ("<p><strong>What happens next</strong><br>The centre …"). It returns the
// heading and the text after it, so that the heading no longer runs into
// the sentence after it ("What happens next The centre …"); ok is false
// for any other paragraph. A paragraph that is a bold line alone stays a
// paragraph (a byline, or a heading that some publishers count as text),
// bold words that run on with no break open the sentence ("<b>Jane
// Roe</b> said …", "<b>Onetime Fed czar</b> Daniel Tarullo warned …"), and
// a line in capitals may be a dateline ("<b>NAIROBI</b><br>Kenya's …").
func boldHeading(p *html.Node) (heading, rest string, ok bool) {
	if p.Type != html.ElementNode || tagOf(p) != atom.P {
		return "", "", false
	}
	first := p.FirstChild
	for first != nil && first.Type == html.TextNode && strings.TrimSpace(first.Data) == "" {
		first = first.NextSibling
	}
	if first == nil || first.Type != html.ElementNode || tagOf(first) != atom.Strong && tagOf(first) != atom.B {
		return "", "", false
	}
	next := first.NextSibling
	for next != nil && next.Type == html.TextNode && strings.TrimSpace(next.Data) == "" {
		next = next.NextSibling
	}
	if next == nil || next.Type != html.ElementNode || tagOf(next) != atom.Br {
		return "", "", false
	}
	h := clean(textOf(first))
	r, _ := utf8.DecodeRuneInString(h)
	// a quotation ("“We will not ...”"), a dateline or place ("Kyiv,
	// July 13", "Riverton (Reuters)") is text, not a heading; the stop
	// check looks past closing quotes and brackets
	end := strings.TrimRight(h, "\"”’')]")
	if h == "" || end == "" || len(strings.Fields(h)) > 12 || !(unicode.IsUpper(r) || unicode.IsDigit(r)) ||
		strings.ContainsAny(h, ",()") || strings.ContainsAny(end[len(end)-1:], ".!?:;") || strings.HasSuffix(end, "…") || strings.ToUpper(h) == h {
		return "", "", false
	}
	rest, found := strings.CutPrefix(clean(textOf(p)), h)
	rest = strings.TrimSpace(rest)
	// the rest opens a sentence: a bold subject cut from its verb
	// ("<b>Prime Minister Jane Roe</b><br>signed ...") is one sentence
	if r, _ := utf8.DecodeRuneInString(rest); !found || rest == "" || !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'", r)) {
		return "", "", false
	}
	return h, rest, true
}

// appendBoldHeading appends p's bold subheading (marked) and the text
// after it to out when p opens with one (boldHeading), and reports
// whether it did.
func appendBoldHeading(out *[]string, p *html.Node) bool {
	h, rest, ok := boldHeading(p)
	if ok {
		*out = append(*out, headingMark+h, rest)
	}
	return ok
}

// tagOf is the element's tag as its name says: trafilatura builds the
// elements it adds (the <ul> and <li> of a list it keeps, a <p> it
// makes) with only the name set, and renames others (a <div> becomes a
// <p>) without their DataAtom.
func tagOf(n *html.Node) atom.Atom {
	if n.DataAtom != 0 && n.DataAtom.String() == n.Data {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}

// inlineAtoms are the elements whose text flows inside a paragraph.
var inlineAtoms = map[atom.Atom]bool{atom.A: true, atom.B: true, atom.I: true, atom.Em: true, atom.Strong: true,
	atom.Span: true, atom.U: true, atom.Sub: true, atom.Sup: true, atom.Small: true, atom.Abbr: true, atom.Cite: true,
	atom.Q: true, atom.Time: true, atom.Mark: true, atom.Font: true}

// densestBlock finds the element with the most text directly inside it
// (text nodes and inline elements, not nested blocks) and splits that
// text into paragraphs at <br> elements: the story on pages that set it
// as one <div> of <br>-separated lines.
func densestBlock(doc *html.Node) []string {
	var best *html.Node
	bestLen := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Form, atom.Template, atom.Head:
				return
			}
			if furniture(n) {
				return
			}
			l := 0
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.TextNode {
					l += len(strings.TrimSpace(c.Data))
				} else if c.Type == html.ElementNode && inlineAtoms[c.DataAtom] {
					l += len(textOf(c))
				}
			}
			if l > bestLen {
				best, bestLen = n, l
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if best == nil {
		return nil
	}
	var out []string
	var cur strings.Builder
	plain := false // the line has text outside links
	flush := func() {
		// A line that is all link ("Read this story in French", "Watch:
		// …") points elsewhere.
		if t := clean(cur.String()); t != "" && plain {
			out = append(out, t)
		}
		cur.Reset()
		plain = false
	}
	for c := best.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			cur.WriteString(c.Data)
			plain = plain || strings.TrimSpace(c.Data) != ""
		case c.Type != html.ElementNode:
		case c.DataAtom == atom.Br:
			flush()
		case inlineAtoms[c.DataAtom]:
			t := textOf(c)
			cur.WriteString(t)
			plain = plain || strings.TrimSpace(t) != "" && (c.DataAtom != atom.A && !allLink(c))
		default:
			flush()
		}
	}
	flush()
	return out
}

// fallbackBody collects the text of the <p> elements outside navigation,
// headers, footers and asides: the body when trafilatura finds none.
func fallbackBody(doc *html.Node) []string {
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Form, atom.Template:
				return
			case atom.P:
				if t := clean(textOf(n)); len(t) > 0 {
					out = append(out, t)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

var relatedRE = regexp.MustCompile(`^(?i:you (?:might|may) (?:also )?like|related(?: stories| articles| content| coverage| news| links)?|read more|more (?:from|on|stories|news|in)\b.*|recommended(?: for you| stories)?|most (?:read|popular|viewed)|trending(?: now)?|top stories|latest (?:news|stories)|what to read next|read next|also read|see also|editor'?s picks|popular (?:now|stories)|more to explore|don'?t miss)\W*$`)

// linkLabelRE matches a label that introduces a link to another story.
var linkLabelRE = regexp.MustCompile(`^(?i:read more|read also|also read|see also|related|more|watch|read|listen)\W*$`)

// slashCreditRE matches a trailing photo credit "(Jane Roe/CBC)".
var slashCreditRE = regexp.MustCompile(`\s*\([^()]{1,60}/[^()]{1,40}\)$`)

// entityRE matches a character reference left in a page's text: the
// page escaped its own markup twice ("&amp;#151;" in the source is
// "&#151;" once parsed).
var entityRE = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`)

// unescapeLeft decodes the character references a page left escaped in
// its text, as HTML5 reads them (so "&#151;", a Windows-1252 number, is
// an em dash, and "&rsquo;", what a page's "&amp;rsquo;" parses to, is
// ’); a name that is no HTML entity stays as it is, even when it starts
// with one ("&notice;" is not "¬ice;", as HTML5's legacy reading of
// "&not" without its semicolon would have it). A numeric reference is
// always whole ("&#59;" and "&#x3B;" are ";").
func unescapeLeft(p string) string {
	if !strings.Contains(p, "&") || !strings.Contains(p, ";") {
		return p
	}
	return entityRE.ReplaceAllStringFunc(p, func(ref string) string {
		r := html.UnescapeString(ref)
		if ref[1] != '#' && strings.HasSuffix(r, ";") && ref != "&semi;" {
			// only a prefix of the name decoded ("&not" of "&notice;"):
			// a whole entity's semicolon is part of it
			return ref
		}
		return r
	})
}

// gluedRE matches a sentence's end run into the next one's start with no
// space ("… than Trump.An elector …", "… the 1990s.The …"), as pages
// whose paragraphs were joined give: a lower-case letter after a letter
// or digit, the stop (and a closing quotation mark or bracket), then a
// capitalised word. Abbreviations ("U.S.", "Gov.") and domains
// ("example.com") do not match.
var gluedRE = regexp.MustCompile(`([a-z0-9][a-z][.!?]["”’)]?)([A-Z][a-z])`)

// unglue puts a space between sentences run together (gluedRE), but not
// inside an e-mail address or a web address ("Press.Office@example.org",
// "https://Example.Org/News") nor before a domain's ending ("Amazon.Com",
// "Example.Org"): a run of letters and dots after the stop up to the next
// space that has an "@", a "/" or ends in a top-level domain (glueTLD),
// nor inside a software name ("Asp.Net": techName).
func unglue(p string) string {
	if !strings.ContainsAny(p, ".!?") {
		return p
	}
	ms := gluedRE.FindAllStringSubmatchIndex(p, -1)
	if ms == nil {
		return p
	}
	var b strings.Builder
	last := 0
	for _, m := range ms {
		split := m[3] // the end of the stop (and its quotation mark)
		if addressAt(p, split) {
			continue
		}
		b.WriteString(p[last:split])
		b.WriteByte(' ')
		last = split
	}
	b.WriteString(p[last:])
	return b.String()
}

// glueTLD reports whether s, lower-cased, is a top-level domain that,
// after a word and a stop with no space ("Amazon.Com"), makes a name, not
// two sentences. Endings that are also English words opening a sentence
// (net, gov, info, io: "Profits rose.Net income fell", "The ministry
// said.Gov. Smith left") are left out: a capitalised one after a stop is
// a new sentence, unless the word and ending make a known name (techName).
func glueTLD(s string) bool {
	switch s {
	case "com", "org", "edu", "biz":
		return true
	}
	return false
}

// techName reports whether w, lower-cased, is a software name written
// with a stop inside ("Asp.Net", "Vb.Net", "Node.Js"): never two
// sentences run together, whatever its capitals.
func techName(w string) bool {
	switch w {
	case "asp.net", "vb.net", "ado.net", "dot.net", "node.js", "vue.js", "next.js", "react.js", "three.js", "socket.io":
		return true
	}
	return false
}

// addressAt reports whether the stop ending at i in p is inside an e-mail
// or web address, before a domain's ending or inside a software name: the
// word around it (up to white space) holds "@" or "/", the letters right
// after the stop are a top-level domain (glueTLD) not followed by another
// letter, or the letters before and after it make a known name (techName).
func addressAt(p string, i int) bool {
	start := strings.LastIndexFunc(p[:i], unicode.IsSpace) + 1
	end := strings.IndexFunc(p[i:], unicode.IsSpace)
	if end < 0 {
		end = len(p)
	} else {
		end += i
	}
	if strings.ContainsAny(p[start:end], "@/") {
		return true
	}
	j := i
	for j < end && (p[j] >= 'a' && p[j] <= 'z' || p[j] >= 'A' && p[j] <= 'Z') {
		j++
	}
	if glueTLD(strings.ToLower(p[i:j])) {
		return true
	}
	k := i - 1 // the stop
	for k > start && unicode.IsLetter(rune(p[k-1])) {
		k--
	}
	return techName(strings.ToLower(p[k:j]))
}

// iframeRE matches embed code printed as text.
var iframeRE = regexp.MustCompile(`<iframe\b[^>]*>(?:\s*</iframe>)?`)

var bioRE = regexp.MustCompile(`(?i)\b(?:follow (?:him|her|them) on|email (?:him|her|them) at|(?:is|was) an? (?:\w+ ){0,3}(?:reporter|writer|correspondent|journalist|editor|columnist)\b.{0,80}\b(?:for|at|covering|with)\b|contributed (?:to )?this (?:report|story|article))`)

var kickerRE = regexp.MustCompile(`^[A-Z][A-Z0-9'’\- ]{2,40}[:?] `)

// textLen is the total length of paragraphs, in bytes.
func textLen(ps []string) int {
	n := 0
	for _, p := range ps {
		if !strings.HasPrefix(p, headingMark) {
			n += len(p)
		}
	}
	return n
}

// articleParas returns the paragraphs of the page's main story container:
// the <article> element (or articleBody) holding the most paragraph text.
// It keeps <p> and list items, marks <h2>–<h4> with headingMark, and skips
// asides, figures, navigation, forms and blocks whose class or id names
// page furniture (related, newsletter, share, comments, ads…).
//
// It also returns the length of all text in that container outside page
// furniture, so that callers can tell whether the paragraphs cover it.
func articleParas(doc *html.Node) ([]string, int) {
	var best []string
	bestLen, bestAll := 0, 0
	var find func(n *html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Article || strings.EqualFold(attr(n, "itemprop"), "articleBody")) {
			var ps []string
			storyParas(n, &ps)
			if l := textLen(ps); l > bestLen {
				best, bestLen, bestAll = ps, l, storyText(n)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	return best, bestAll
}

// storyParas appends the paragraphs under n to out, as articleParas
// takes them: <p> and list items, <h2>–<h4> marked with headingMark,
// nothing from asides, figures, navigation, forms or page furniture.
func storyParas(n *html.Node, out *[]string) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Nav, atom.Aside, atom.Figure, atom.Figcaption, atom.Form,
			atom.Footer, atom.Header, atom.Template, atom.Button, atom.Svg, atom.Iframe, atom.Select, atom.Table:
			return
		case atom.P, atom.Li:
			if furniture(n) || n.DataAtom == atom.Li && allLink(n) {
				return
			}
			if appendBoldHeading(out, n) {
				return
			}
			if t := clean(textOf(n)); t != "" {
				*out = append(*out, t)
			}
			return
		case atom.H2, atom.H3, atom.H4:
			if t := clean(textOf(n)); t != "" {
				*out = append(*out, headingMark+t)
			}
			return
		}
		if furniture(n) {
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		storyParas(c, out)
	}
}

// siblingStories finds the runs of sibling story containers on a page:
// children of one element that share their tag (<div> or <section>) and
// class, hold at least 150 bytes of paragraphs (storyParas), one of them
// prose, and no <h1> (a story of its own). Pages split a story so, around
// an advertisement or a video; trafilatura keeps the first container
// only. It returns each run's containers' paragraphs, in page order.
//
// Bounded for hostile pages (review: nested comment threads, chains of
// nested containers): it looks no deeper than maxSiblingDepth elements
// and returns nil when it finds more than maxSiblingRuns runs (a page of
// many is comments or teasers, not one story split).
func siblingStories(doc *html.Node) [][][]string {
	const maxSiblingDepth, maxSiblingRuns = 40, 8
	var runs [][][]string
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > maxSiblingDepth || len(runs) > maxSiblingRuns {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Nav, atom.Aside, atom.Footer, atom.Header, atom.Form, atom.Template, atom.Head:
				return
			}
		}
		groups := map[string][][]string{}
		var order []string
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.DataAtom != atom.Div && c.DataAtom != atom.Section {
				continue
			}
			class := strings.TrimSpace(attr(c, "class"))
			if class == "" || furniture(c) || hasH1(c) {
				continue
			}
			var ps []string
			storyParas(c, &ps)
			if textLen(ps) < 150 || !anyProse(ps) {
				continue
			}
			key := c.Data + "." + class
			if _, ok := groups[key]; !ok {
				order = append(order, key)
			}
			groups[key] = append(groups[key], ps)
		}
		for _, k := range order {
			if len(groups[k]) >= 2 {
				runs = append(runs, groups[k])
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(doc, 0)
	if len(runs) > maxSiblingRuns {
		return nil
	}
	return runs
}

func hasH1(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.H1 || hasH1(c)) {
			return true
		}
	}
	return false
}

func anyProse(ps []string) bool {
	for _, p := range ps {
		if isProse(p) {
			return true
		}
	}
	return false
}

// joinSiblings adds to body the sibling story containers (siblingStories)
// it lacks: when body holds at least half the paragraphs of one container
// of a run and none of another's, that other container's paragraphs go
// in after the last paragraph of the container before it found in body
// (or before the first of the one after it).
func joinSiblings(body []string, runs [][][]string) []string {
	for _, run := range runs {
		at := map[string]int{} // squeezed paragraph → its last index in body
		for i, p := range body {
			at[squeeze(p)] = i
		}
		first := make([]int, len(run)) // first and last index in body of each container's paragraphs, -1 when none
		last := make([]int, len(run))
		covered := make([]bool, len(run))
		anyCovered := false
		for i, ps := range run {
			first[i], last[i] = -1, -1
			found, n := 0, 0
			for _, p := range ps {
				if strings.HasPrefix(p, headingMark) {
					continue
				}
				n++
				if j, ok := at[squeeze(p)]; ok {
					found++
					if first[i] < 0 || j < first[i] {
						first[i] = j
					}
					last[i] = max(last[i], j)
				}
			}
			covered[i] = found*2 >= n && found > 0
			anyCovered = anyCovered || covered[i]
		}
		if !anyCovered {
			continue
		}
		// Insert from the last container back, so that the body indexes
		// of the ones before stay right.
		for i := len(run) - 1; i >= 0; i-- {
			if first[i] >= 0 {
				continue
			}
			pos := -1
			for j := i - 1; j >= 0 && pos < 0; j-- {
				if covered[j] {
					pos = last[j] + 1
				}
			}
			for j := i + 1; j < len(run) && pos < 0; j++ {
				if covered[j] {
					pos = first[j]
				}
			}
			if pos < 0 {
				continue
			}
			body = append(body[:pos:pos], append(append([]string(nil), run[i]...), body[pos:]...)...)
		}
	}
	return body
}

// dropDump drops the last of blocks when it holds every other one:
// trafilatura's fallback, on a page it finds little in, gives the page's
// paragraphs and then the whole page's text (title, menus and all) as
// one more.
func dropDump(blocks []string) []string {
	n := len(blocks)
	if n < 2 {
		return blocks
	}
	last := squeeze(blocks[n-1])
	held := 0
	for _, b := range blocks[:n-1] {
		if strings.HasPrefix(b, headingMark) {
			continue
		}
		if !strings.Contains(last, squeeze(b)) {
			return blocks
		}
		held++
	}
	if held == 0 {
		return blocks
	}
	return blocks[:n-1]
}

// squeeze drops the white space from s, so that a paragraph as dyad reads
// it and as trafilatura gives it ("Jane Roe ’s") compare equal.
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

// storyText is the length of the text under n outside scripts and page
// furniture, counting runs of white space as one byte.
func storyText(n *html.Node) int {
	total := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			total += len(strings.Join(strings.Fields(n.Data), " "))
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Nav, atom.Aside, atom.Figure, atom.Form, atom.Footer,
				atom.Header, atom.Template, atom.Button, atom.Svg, atom.Iframe, atom.Select, atom.Table:
				return
			}
			if furniture(n) {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return total
}

// furnitureWords in a class or id mark a block that is not story text.
var furnitureWords = map[string]bool{
	"related": true, "newsletter": true, "newsletters": true, "subscribe": true, "subscription": true, "share": true,
	"sharing": true, "social": true, "promo": true, "advert": true, "advertisement": true, "ad": true, "ads": true,
	"comments": true, "signup": true, "recommended": true, "recommendations": true, "outbrain": true, "taboola": true,
	"caption": true, "credit": true, "byline": true, "breadcrumb": true, "breadcrumbs": true, "tags": true,
	"toolbar": true, "sidebar": true, "footer": true, "disclaimer": true, "affiliate": true, "tweet": true,
	"instagram": true, "tiktok": true, "hidden": true, "sronly": true, "readmore": true, "trending": true,
	"popular": true, "author": true, "bio": true,
}

func furniture(n *html.Node) bool {
	ci := attr(n, "class") + " " + attr(n, "id")
	if len(ci) < 3 {
		return false
	}
	for _, tok := range strings.FieldsFunc(strings.ToLower(ci), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == ':' || r == '.'
	}) {
		if furnitureWords[tok] {
			return true
		}
	}
	return false
}

// allLink reports whether all of n's text is inside links.
func allLink(n *html.Node) bool {
	total, linked := 0, 0
	var walk func(n *html.Node, inA bool)
	walk = func(n *html.Node, inA bool) {
		if n.Type == html.TextNode {
			l := len(strings.TrimSpace(n.Data))
			total += l
			if inA {
				linked += l
			}
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			inA = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inA)
		}
	}
	walk(n, false)
	return total > 0 && linked*10 >= total*9
}

var bylineParaRE = regexp.MustCompile(`^(?i:by|written by|words by)\s+\S`)

// cleanBody drops boilerplate, captions, the repeated title and bylines
// from an HTML article's paragraphs, and strips a leading dateline.
func cleanBody(body []string, a *dyad.Article, desc string) []string {
	out := make([]string, 0, len(body))
	seen := make(map[string]bool, len(body))
	skipping := false
	afterLabel := false // the paragraph before was a "Read more:" label alone
	for _, p := range body {
		if strings.Contains(p, "<iframe") {
			p = clean(iframeRE.ReplaceAllString(p, " "))
		}
		p = unglue(unescapeLeft(p))
		if afterLabel && headlineLike(p) {
			// "READ MORE:" then, as a paragraph of its own, the
			// headline it links to.
			afterLabel = false
			continue
		}
		afterLabel = len(p) < 30 && linkLabelRE.MatchString(p)
		if h, ok := strings.CutPrefix(p, headingMark); ok {
			if len(strings.Fields(h)) < 25 {
				// A "Related stories" or "Most read" heading starts a
				// list of links that runs to the next heading or prose.
				skipping = relatedRE.MatchString(h)
				continue
			}
			p = h // a paragraph marked up as a heading
		}
		if skipping && isProse(p) {
			skipping = false
		}
		switch {
		case skipping:
			continue
		case p == "" || seen[p]:
			continue
		case len(out) == 0 && a.Title != "" && (strings.EqualFold(p, a.Title) || strings.EqualFold(stripSiteSuffix(p, a.Source), a.Title)):
			continue // the title, or the page's <title> with its site ("… | CBC News")
		case isBoilerplate(p):
			continue
		case len(p) < 120 && (bylineParaRE.MatchString(p) || a.Byline != "" && strings.Contains(p, joinNames(a.Authors))) && !strings.HasSuffix(p, "."):
			continue
		case inList(p, a.Captions):
			continue
		case len(out) == 0 && standfirst(p, desc):
			continue
		case len(p) < 80 && publishedStubRE.MatchString(p) && dateStub(p):
			continue
		case len(p) <= 60 && dateAloneRE.MatchString(p):
			continue // the page's date stamp
		case shouting(p) || navigation(p):
			continue
		}
		if len(p) >= 300 {
			// too long for a caption
		} else if c, ok := captionOf(p); ok {
			if c != "" {
				a.Captions = appendNew(a.Captions, c)
			}
			continue
		}
		if len(out) == 0 {
			// "— -- Jane Roe said …": a dateline without its place.
			p = strings.TrimLeft(p, "-–— ")
		}
		seen[p] = true
		out = append(out, p)
	}
	// An author's biography closes many pages.
	for n := 0; n < 2 && len(out) > 0 && len(out[len(out)-1]) < 500 && bioRE.MatchString(out[len(out)-1]); n++ {
		out = out[:len(out)-1]
	}
	// A closing run of short lines that do not end like sentences is a
	// list of links to other stories.
	k0 := len(out)
	for k0 > 0 && headlineLike(out[k0-1]) {
		k0--
	}
	if len(out)-k0 >= 2 && k0 > 0 {
		out = out[:k0]
	}
	// A closing run of teasers with capitalised kickers ("RISK REMAINS:
	// An official said …") is a related-stories box.
	k := len(out)
	for k > 0 && kickerRE.MatchString(out[k-1]) {
		k--
	}
	if len(out)-k >= 2 {
		out = out[:k]
	}
	return datelineFirst(out, a, false)
}

// bylineInBody looks among the first three paragraphs of body for a line
// that is only reporters' names ("Jane Roe", "By Jane Roe and John Doe",
// "Jane Roe/John Doe"; with needBy, only after "By"); if found, the names
// become a.Authors and the line leaves the body.
func bylineInBody(body []string, a *dyad.Article, needBy bool) []string {
	for i := 0; i < len(body) && i < 3; i++ {
		if strings.HasPrefix(body[i], headingMark) || needBy && !strings.HasPrefix(body[i], "By ") && !strings.HasPrefix(body[i], "BY ") {
			continue
		}
		if names := bylineNames(body[i]); names != nil {
			a.Authors = names
			a.Byline = "By " + joinNames(names)
			return append(body[:i:i], body[i+1:]...)
		}
	}
	return body
}

// notNameWords are capitalised words of short lines that are labels, not
// names.
var notNameWords = map[string]bool{"News": true, "Live": true, "Latest": true, "Breaking": true, "Update": true, "Updated": true,
	"Analysis": true, "Opinion": true, "Editorial": true, "Comment": true, "Photo": true, "Photos": true, "Video": true,
	"Key": true, "Points": true, "Read": true, "More": true, "Related": true, "Advertisement": true, "Staff": true,
	"Reporter": true, "Correspondent": true, "Writer": true, "Editor": true, "Published": true, "Share": true, "The": true}

var bylineSepRE = regexp.MustCompile(`\s*(?:/|,|&|\band\b)\s*`)

// bylineNames returns the names on a line that holds nothing else: one
// to four names of two or three capitalised words each, after an
// optional "By", separated by "/", ",", "&" or "and".
func bylineNames(p string) []string {
	if len(p) > 100 || strings.ContainsAny(p, ".!?:;()\"“”0123456789") {
		return nil
	}
	p = strings.TrimPrefix(strings.TrimPrefix(p, "By "), "BY ")
	parts := bylineSepRE.Split(p, -1)
	if len(parts) > 4 {
		return nil
	}
	var names []string
	for _, part := range parts {
		ws := strings.Fields(part)
		if len(ws) < 2 || len(ws) > 3 {
			return nil
		}
		for _, w := range ws {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) || notNameWords[w] || strings.ToUpper(w) == w && len(w) > 1 {
				return nil
			}
		}
		names = append(names, strings.Join(ws, " "))
	}
	return names
}

// rawText joins the text nodes directly under n (a noscript's content,
// which the parser keeps as raw text).
func rawText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		} else {
			b.WriteString("x") // an element: not markup-only text
		}
	}
	return b.String()
}

// markupOnly reports whether s, the raw text of a noscript element, is
// tags and blanks only: nothing left once every "<…>" is taken out.
func markupOnly(s string) bool {
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
		case !in && !unicode.IsSpace(r):
			return false
		}
	}
	return true
}

// noStory reports whether body is too little to be a story: fewer than
// 15 words, none of them ending a sentence.
func noStory(body []string) bool {
	words := 0
	for _, p := range body {
		words += len(strings.Fields(p))
		if words >= 15 || strings.ContainsAny(p[len(p)-1:], ".!?\"”'’") {
			return false
		}
	}
	return words > 0
}

// headlineLike reports whether p reads as a headline: under 12 words, not
// ending with sentence punctuation or a quotation mark.
func headlineLike(p string) bool {
	return p != "" && len(strings.Fields(p)) < 12 && !strings.ContainsAny(p[len(p)-1:], ".!?\"”'’:)")
}

// isProse reports whether p reads as a story sentence rather than a
// headline: 15 words or more, ending like a sentence.
func isProse(p string) bool {
	return p != "" && len(strings.Fields(p)) >= 15 && strings.ContainsAny(p[len(p)-1:], ".!?\"”'’")
}

// shouting reports whether p is an all-capitals line of three words or
// more: a promoted link ("WHAT ARE CHINA'S OVERSEAS POLICE STATIONS?").
func shouting(p string) bool {
	if len(strings.Fields(p)) < 3 {
		return false
	}
	for _, r := range p {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// navigation reports whether p is a site's menu flattened into a line:
// twelve words or more, nine in ten of them capitalised (a headline has
// its "of" and "and"), no comma, colon or semicolon (a list of names),
// not ending like a sentence ("Menu World U.S. Election 2024 Politics
// Sports Business …", what a page cut off before its story leaves).
func navigation(p string) bool {
	ws := strings.Fields(p)
	if len(ws) < 12 || strings.ContainsAny(p, ",:;") || strings.ContainsAny(p[len(p)-1:], ".!?\"”'’") {
		return false
	}
	lower := 0
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			lower++
		}
	}
	return lower*10 <= len(ws)
}

// standfirst reports whether the opening paragraph p is the page's
// description (the standfirst under the headline), not story text.
func standfirst(p, desc string) bool {
	desc = clean(html.UnescapeString(desc))
	// A lede reused as the description ends like a sentence; a standfirst
	// usually does not.
	if desc == "" || len(p) > 400 || strings.HasSuffix(p, ".") {
		return false
	}
	return p == desc || strings.HasPrefix(desc, strings.TrimRight(p, ".… ")) || strings.HasPrefix(p, strings.TrimRight(desc, ".… "))
}

// dateStub reports whether a "Published: …"/"Updated: …" line carries
// only a date or time.
func dateStub(p string) bool {
	rest := publishedStubRE.FindStringSubmatch(p)[1]
	return rest == "" || strings.IndexFunc(rest, unicode.IsDigit) >= 0 && len(strings.Fields(rest)) <= 6
}

func inList(s string, list []string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// inBlock reports whether s is one of the blocks or found once inside
// one: trafilatura may run a short page's paragraphs into one block, and
// the densest paragraph is then part of it, not a better body. (Found
// twice, the block repeats the story: the paragraph is the better body.)
func inBlock(s string, blocks []string) bool {
	for _, b := range blocks {
		if strings.Count(b, s) == 1 {
			return true
		}
	}
	return false
}

// allIn reports whether each of ps is found in block, white space aside
// (trafilatura puts a space at each inline element's end: "Jane Roe ’s").
func allIn(ps []string, block string) bool {
	block = squeeze(block)
	for _, p := range ps {
		if !strings.Contains(block, squeeze(p)) {
			return false
		}
	}
	return true
}

var urlDateRE = regexp.MustCompile(`/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|-|$)`)

// publishedMeta are the <meta> tags that may give the publication date,
// in the order pageDate tries them.
var publishedMeta = []string{"article:published_time", "og:article:published_time", "datepublished", "article.published",
	"publishdate", "publish-date", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.created",
	"date", "og:published_time", "published_time", "cxenseparse:recs:publishtime", "article:published", "datecreated"}

// pageDate finds the publication date: JSON-LD datePublished, then
// publication <meta> tags, then a date in the URL, then a <time> element,
// then trafilatura's metadata. A time without a zone takes the zone of
// another of those tags giving the same clock reading with one (zonedAs).
// A date more than a day ahead of now (AheadOfToday: a typo, a clock gone
// wrong, "2999-03-05") is no publication date: the next source is tried,
// and ahead says the first refused, its value and where the page gives it
// (`"2999-03-05T10:00:00Z" (<meta> article:published_time)`), "" when none
// was.
func pageDate(m *page, url string, tm trafilatura.Metadata, now time.Time) (date, from, ahead string) {
	take := func(raw, where string) (string, bool) {
		v, ok := parseDate(raw)
		if ok && !AheadOfToday(v, now) {
			return v, true
		}
		if ahead == "" && (ok || beyond2200(raw)) {
			ahead = fmt.Sprintf("%q (%s)", strings.TrimSpace(raw), where)
		}
		return "", false
	}
	for _, d := range []struct{ v, name string }{{m.ld.published, "datePublished"}, {m.ld.created, "dateCreated"}} {
		if v, ok := take(d.v, "JSON-LD "+d.name); ok {
			return zonedAs(m, v), "json-ld", ahead
		}
	}
	for _, k := range publishedMeta {
		if v, ok := take(m.meta[k], "<meta> "+k); ok {
			return zonedAs(m, v), "meta", ahead
		}
	}
	if u := urlDateRE.FindStringSubmatch(url); u != nil {
		if v, ok := take(u[1]+"-"+u[2]+"-"+u[3], "the URL"); ok {
			return v, "url", ahead
		}
	}
	if v, ok := take(m.timeAttr, "<time datetime>"); ok {
		return zonedAs(m, v), "text", ahead
	}
	if !tm.Date.IsZero() {
		if v, ok := take(tm.Date.Format("2006-01-02"), "the page's metadata"); ok {
			return v, "meta", ahead
		}
	}
	if v := first(m.textPublished, m.textUpdated, m.textStamp); v != "" {
		if v, ok := take(v, "the page's text"); ok {
			return v, "text", ahead
		}
	}
	return "", "", ahead
}

// dateSource names where a page's publication date came from, by its
// PublishedFrom (pageDate): "its JSON-LD", "its <meta> tags", "its URL",
// "its text".
func dateSource(from string) string {
	switch from {
	case "json-ld":
		return "its JSON-LD"
	case "meta":
		return "its <meta> tags"
	case "url":
		return "its URL"
	}
	return "its " + from
}

// zonedAs returns v, a publication time parseDate read without a zone
// (ending in dyad.UnknownOffset), with the zone of the first of the
// page's publication tags (JSON-LD, <meta>, <time>) giving the same clock
// reading with one: a CMS that writes one value twice, once with its zone
// (article:published_time "2016-12-16T22:05:00" and <time
// datetime="2016-12-16T22:05:00.000Z">), tells the zone of both. Any
// other v is returned as it is.
func zonedAs(m *page, v string) string {
	clock, ok := strings.CutSuffix(v, dyad.UnknownOffset)
	if !ok {
		return v
	}
	cands := []string{m.ld.published, m.ld.created}
	for _, k := range publishedMeta {
		cands = append(cands, m.meta[k])
	}
	cands = append(cands, m.timeAttr)
	for _, c := range cands {
		z, ok := parseDate(c)
		if ok && z != v && strings.HasPrefix(z, clock) && len(z) > len(clock) && !strings.HasSuffix(z, dyad.UnknownOffset) {
			return z
		}
	}
	return v
}

// pageUpdated returns when the page says its text last changed (JSON-LD
// dateModified, then the modified-time <meta> tags), when that falls on
// a later day than published; else "".
func pageUpdated(m *page, published string) string {
	pub, ok := dyad.ParseStamp(published)
	if !ok {
		return ""
	}
	for _, d := range []string{m.ld.modified, m.meta["article:modified_time"], m.meta["og:updated_time"], m.meta["datemodified"], m.meta["dcterms.modified"]} {
		v, ok := parseDate(d)
		if !ok {
			continue
		}
		if t, ok := dyad.ParseStamp(v); ok && t.Format("2006-01-02") > pub.Format("2006-01-02") {
			return v
		}
		return ""
	}
	return ""
}

// ldArticle is what dyad takes from a page's JSON-LD: the first
// NewsArticle-like object's fields.
type ldArticle struct {
	found     bool
	headline  string
	published string
	created   string
	modified  string
	authors   []string
	section   string
	publisher string
	language  string
}

var ldTypes = map[string]int{
	"newsarticle": 3, "reportagenewsarticle": 3, "analysisnewsarticle": 3, "opinionnewsarticle": 3,
	"backgroundnewsarticle": 3, "reviewnewsarticle": 3, "liveblogposting": 3,
	"article": 2, "blogposting": 2, "socialmediaposting": 1, "webpage": 0,
}

// merge decodes one JSON-LD script and keeps the best article object.
func (l *ldArticle) merge(src string) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil {
		return
	}
	best, bestRank := map[string]any(nil), -1
	persons := map[string]string{} // @id → name, to resolve author references
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			rank := -1
			for _, t := range strs(x["@type"]) {
				if r, ok := ldTypes[strings.ToLower(t)]; ok && r > rank {
					rank = r
				}
			}
			if id, ok := x["@id"].(string); ok {
				if n, ok := x["name"].(string); ok {
					persons[id] = n
				}
			}
			if rank > bestRank && (rank > 0 || x["headline"] != nil || x["datePublished"] != nil) {
				best, bestRank = x, rank
			}
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			if me, ok := x["mainEntity"]; ok {
				visit(me, depth+1)
			}
		}
	}
	visit(v, 0)
	if best == nil || (l.found && bestRank < 2) {
		return
	}
	l.found = true
	l.headline = first(clean(html.UnescapeString(firstOf(strs(best["headline"])))), l.headline)
	l.published = first(firstOf(strs(best["datePublished"])), l.published)
	l.created = first(firstOf(strs(best["dateCreated"])), l.created)
	l.modified = first(firstOf(strs(best["dateModified"])), l.modified)
	l.section = first(firstOf(strs(best["articleSection"])), l.section)
	l.language = first(firstOf(strs(best["inLanguage"])), l.language)
	if pub, ok := best["publisher"].(map[string]any); ok {
		l.publisher = first(firstOf(strs(pub["name"])), l.publisher)
	}
	if len(l.authors) == 0 {
		for _, n := range names(best["author"], persons) {
			n = clean(html.UnescapeString(n))
			if n != "" && !strings.HasPrefix(n, "http") {
				l.authors = appendNew(l.authors, n)
			}
		}
	}
}

// strs returns the string values of a JSON value (a string or an array
// of strings).
func strs(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// names returns the names in a JSON-LD author value: a string, a Person
// object, or an array of them.
func names(v any, persons map[string]string) []string {
	switch x := v.(type) {
	case string:
		return splitAuthors(x)
	case map[string]any:
		n, ok := x["name"].(string)
		if !ok {
			id, _ := x["@id"].(string)
			n, ok = persons[id]
		}
		if ok {
			return splitAuthors(n)
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, names(e, persons)...)
		}
		return out
	}
	return nil
}

func first(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// firstName returns the first value that is not empty and not a URL.
func firstName(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" && !strings.Contains(s, "://") && !strings.HasPrefix(s, "/") {
			return s
		}
	}
	return ""
}

func firstOf(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return ss[0]
}

func joinNames(ns []string) string {
	switch len(ns) {
	case 0:
		return ""
	case 1:
		return ns[0]
	}
	return strings.Join(ns[:len(ns)-1], ", ") + " and " + ns[len(ns)-1]
}

// lang reduces a language tag to its ISO 639-1 code: "en-GB", "en_US" → "en".
func lang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i > 0 {
		s = s[:i]
	}
	if len(s) != 2 {
		return ""
	}
	return s
}

// stripSiteSuffix removes the site's name (stripSite) and, whatever the
// site, a one- or two-word "Opinion | " kicker and a short " | Section"
// ending from a page's og:title, twitter:title or <title>.
func stripSiteSuffix(title string, sites ...string) string {
	title = publishedSuffixRE.ReplaceAllString(title, "")
	title = stripSite(title, sites)
	// "Opinion | Headline", "Headline | India News - Times of India"
	if before, after, ok := strings.Cut(title, " | "); ok && len(strings.Fields(before)) <= 2 && len(strings.Fields(after)) >= 3 {
		title = after
	}
	if i := strings.LastIndex(title, " | "); i > 0 && len(strings.Fields(title[i+3:])) <= 6 && len(strings.Fields(title[:i])) >= 3 {
		title = title[:i]
	}
	return title
}

// titleSeps separate a headline from the site's name in page titles.
var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " * "}

// stripSite removes the name of the site from a title: from the first
// " | Site" (or " - ", " – ", " — ", " :: ", " · ", " • ", " * ") segment
// to the end ("Headline | Site", "Headline | Site Politics",
// "Headline | Site | by Author"), or a "Site | " / "Site: " opening.
// sites are the names the page gives itself (JSON-LD publisher,
// og:site_name, application-name…); names compare by letters and digits
// alone, without a leading "The" or a trailing domain, so "Express.co.uk"
// matches "Express" and "Times Of India" matches "The Times of India". At
// least two words of headline are always kept.
func stripSite(title string, sites []string) string {
	if !hasSite(sites) {
		return title
	}
	isSite := func(seg string, slack bool) bool {
		if slack {
			return masthead(seg, sites)
		}
		return siteName(seg, sites)
	}
	// Separator positions, in order.
	type cut struct{ at, end int }
	var cuts []cut
	for i := 0; i < len(title); i++ {
		if title[i] != ' ' {
			continue
		}
		for _, sep := range titleSeps {
			if strings.HasPrefix(title[i:], sep) {
				cuts = append(cuts, cut{i, i + len(sep)})
				break
			}
		}
	}
	for j, c := range cuts {
		segEnd := len(title)
		if j+1 < len(cuts) {
			segEnd = cuts[j+1].at
		}
		if isSite(title[c.end:segEnd], true) && len(strings.Fields(title[:c.at])) >= 2 {
			return strings.TrimSpace(title[:c.at])
		}
	}
	// "Site | Headline", "Site: Headline"
	if len(cuts) > 0 && isSite(title[:cuts[0].at], false) && len(strings.Fields(title[cuts[0].end:])) >= 2 {
		return strings.TrimSpace(title[cuts[0].end:])
	}
	if before, after, ok := strings.Cut(title, ": "); ok && isSite(before, false) && len(strings.Fields(after)) >= 2 {
		return strings.TrimSpace(after)
	}
	return title
}

// hostName returns the host of an absolute URL without "www.", "" for
// anything else: "https://www.example.com/x" → "example.com".
func hostName(u string) string {
	if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
		return ""
	}
	pu, err := nurl.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(pu.Hostname(), "www.")
}

// outlet chooses the article's source among the site names a page gives
// itself, best first (JSON-LD publisher, og:site_name, application-name,
// trafilatura's site name): the first that is not a section's name (a
// region, a country or a desk: "U.S.", "World", "Business", "Home",
// "News", sectionKeyName, or the page's own section). A section's name is
// refused only on evidence that the site is another: the page's host
// names another site, or (no host known) the page gives another site
// name or the name is the page's own section; "Science" on science.org,
// or "India" on a saved page with no address, is the outlet. When every
// name is refused, the outlet is the site named at the end of the
// <title> when it is the host's name ("… | Reuters" on www.reuters.com),
// else none: the store then counts the outlet by the URL's domain
// (sqlite.Outlet, as the README says of NumSources).
func outlet(names []string, section, title, host string) string {
	hk := siteKey(host)
	refused := false
	for i, n := range names {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		if !sectionName(n, section) {
			return n
		}
		if len(hk) >= 2 && siteKey(n) == hk {
			return n
		}
		// with no host, a country's or subject's name ("India",
		// "Science") is the outlet when nothing names another site (no
		// other site name, no other at the title's end); a desk's
		// ("Home", "News", "U.S.") never is
		if hk == "" && !deskKeyName(sectionKey(n)) && !otherName(names, i) && !titleSite(title, n) && sectionKey(n) != sectionKey(section) {
			return n
		}
		refused = true
	}
	if !refused || hk == "" {
		return ""
	}
	for _, sep := range titleSeps {
		if i := strings.LastIndex(title, sep); i > 0 {
			if seg := strings.TrimSpace(title[i+len(sep):]); len(hk) >= 2 && siteKey(seg) == hk {
				return seg
			}
		}
	}
	return ""
}

// otherName reports whether names holds a site name other than names[i]
// (not empty, other letters and digits).
func otherName(names []string, i int) bool {
	k := sectionKey(names[i])
	for j, n := range names {
		if j != i && strings.TrimSpace(n) != "" && sectionKey(n) != k {
			return true
		}
	}
	return false
}

// sectionKeyName reports whether k, a name as sectionKey gives it, is the
// name of a site's section, desk or region that pages put where their own
// name belongs (og:site_name "U.S." on a Reuters page): "Home", "News",
// "World", "U.S.", "Middle East", "India", "Business", "Science", …
func sectionKeyName(k string) bool {
	switch k {
	case "home", "homepage", "frontpage", "news", "latest", "latestnews", "topnews", "topstories",
		"breakingnews", "world", "worldnews", "international", "national", "nation", "local", "localnews",
		"us", "usnews", "uk", "uknews", "europe", "asia", "africa", "americas",
		"middleeast", "asiapacific", "australia", "canada", "india", "china",
		"business", "businessnews", "markets", "economy", "money", "finance", "politics", "opinion",
		"sport", "sports", "technology", "tech", "science", "health", "entertainment", "lifestyle",
		"culture", "arts", "travel", "weather", "video", "videos", "environment", "climate":
		return true
	}
	return false
}

// deskKeyName reports whether k, a name as sectionKey gives it, is a
// desk's or front page's name no outlet bears ("Home", "News", "Latest",
// "World", "U.S."), unlike a country's or subject's that may be one
// ("India", "Science").
func deskKeyName(k string) bool {
	switch k {
	case "home", "homepage", "frontpage", "news", "latest", "latestnews", "topnews", "topstories",
		"breakingnews", "world", "worldnews", "international", "national", "nation", "local", "localnews",
		"us", "usnews", "uknews", "businessnews", "opinion", "video", "videos":
		return true
	}
	return false
}

// titleSite reports whether the <title> ends in a site name other than n
// ("Council closes the old bridge | Town Paper").
func titleSite(title, n string) bool {
	for _, sep := range titleSeps {
		if i := strings.LastIndex(title, sep); i > 0 {
			seg := strings.TrimSpace(title[i+len(sep):])
			return len(siteKey(seg)) >= 2 && sectionKey(seg) != sectionKey(n)
		}
	}
	return false
}

// sectionKey is s's letters and digits lower-cased: "U.S." is "us",
// "Canada.com" "canadacom" (a site, not the section "canada").
func sectionKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// sectionName reports whether n, a name a page gives as its site's, is a
// section's (sectionKeyName) or the page's own section.
func sectionName(n, section string) bool {
	k := sectionKey(n)
	return sectionKeyName(k) || section != "" && k == sectionKey(section)
}

// hasSite reports whether any of sites is a usable site name.
func hasSite(sites []string) bool {
	for _, s := range sites {
		if len(siteKey(s)) >= 2 {
			return true
		}
	}
	return false
}

// masthead reports whether s (an <h1>, a segment of a title) is the
// site's name, alone or followed by at most two words ("Example News
// Today", "Example News Politics"), rather than a headline (which may
// well name the outlet: "Example News poll finds …").
func masthead(s string, sites []string) bool {
	ws := strings.Fields(s)
	for n := len(ws); n > 0 && n >= len(ws)-2; n-- {
		if siteName(strings.Join(ws[:n], " "), sites) {
			return true
		}
	}
	return false
}

// siteName reports whether name is one of the site's names, compared as
// siteKey does.
func siteName(name string, sites []string) bool {
	k := siteKey(name)
	if len(k) < 2 {
		return false
	}
	for _, s := range sites {
		if siteKey(s) == k {
			return true
		}
	}
	return false
}

// domainRE matches the domain ending of a site name ("Nine.com.au").
var domainRE = regexp.MustCompile(`\.(?:com|net|org|co|ca|uk|au|in|za|tv|news|info)(?:\.[a-z]{2})?$`)

// siteKey reduces a site name to its lower-case letters and digits,
// without "www.", a leading "The" or a trailing domain.
func siteKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "www.")
	s = domainRE.ReplaceAllString(s, "")
	s = strings.TrimPrefix(s, "the ")
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// normTitle tidies a headline: entities left escaped by the page
// ("&amp;#8217;" gives "&#8217;" once parsed) are decoded, zero-width
// characters and soft hyphens dropped and white space collapsed.
func normTitle(s string) string {
	if strings.Contains(s, "&") && strings.Contains(s, ";") {
		s = html.UnescapeString(s)
	}
	if strings.ContainsAny(s, "\u200b\u200c\u200d\u2060\ufeff\u00ad") {
		s = strings.Map(func(r rune) rune {
			switch r {
			case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
				return -1
			}
			return r
		}, s)
	}
	return clean(s)
}

// publishedSuffixRE matches the New York Times' " (Published 2016)".
var publishedSuffixRE = regexp.MustCompile(`\s+\(Published \d{4}\)$`)

// voteTitle picks the headline most sources agree on. The candidates are
// JSON-LD headline, og:title and twitter:title (site suffix removed) and
// the first <h1>, weighted 1.5, 1.05, 0.3 and 1: the JSON-LD headline
// unless og:title and the <h1> agree on another. Tuned on the fundus and
// Readability pages, where no single source is right for every publisher.
// A live blog's rolling headline ("UK riots LIVE: …", "… – live") loses
// to any candidate without the live marker: that one is the story's
// stable title.
func voteTitle(ld, og, tw, h1 string) string {
	var score [4]float64
	var cands [4]string
	n, live := 0, 0
	for i, v := range [...]string{ld, og, tw, h1} {
		if v = normTitle(v); v == "" {
			continue
		}
		w := [...]float64{1.5, 1.05, 0.3, 1}[i]
		j := 0
		for j < n && cands[j] != v {
			j++
		}
		if j == n {
			cands[n] = v
			n++
			if liveTitle(v) {
				live++
			}
		}
		score[j] += w
	}
	best, bs := "", 0.0
	for j, k := range cands[:n] {
		v := score[j]
		if live < n && liveTitle(k) {
			continue
		}
		if v > bs || v == bs && k < best {
			best, bs = k, v
		}
	}
	return best
}

// liveTitleRE matches a live blog's marker in a headline: the word LIVE
// in capitals, a "Live:"/"Live updates:" kicker or a "– live" ending.
var liveTitleRE = regexp.MustCompile(`\bLIVE\b|^(?i:live(?: updates)?:)|\s[-–—|]\s+(?i:live(?: updates)?)$`)

// liveTitle reports whether a headline is a live blog's rolling one.
func liveTitle(t string) bool {
	return (strings.Contains(t, "LIVE") || strings.Contains(t, "ive")) && liveTitleRE.MatchString(t)
}

var (
	// Job titles and outlet names trailing a name in a byline.
	authorTailRE = regexp.MustCompile(`\s+(?:(?:Senior|Chief|Staff|Deputy|Associate|Contributing|Political|Politics|Foreign|Business|Managing)\s+)*(?:Writer|Editor|Reporter|Correspondent|Contributor|Columnist|Producer)\b.*$|\s+(?:Link Copied|Updated|Published)\b.*$`)
	monthRE      = regexp.MustCompile(`\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$`)
)

// tidyAuthors cleans byline names scraped from meta tags: it cuts
// " · Outlet", job titles, "Link Copied" and trailing month names, and
// drops empty names, stray labels and the outlet itself next to real names.
func tidyAuthors(names []string, source string) []string {
	var out []string
	for _, n := range names {
		if i := strings.IndexAny(n, "·•"); i > 0 {
			n = n[:i]
		}
		n = authorTailRE.ReplaceAllString(n, "")
		n = monthRE.ReplaceAllString(n, "")
		n = clean(n)
		switch {
		case n == "", strings.EqualFold(n, source) && len(names) > 1:
			continue
		case n == "Updated" || n == "Published" || n == "Link Copied":
			continue
		}
		out = appendNew(out, n)
	}
	return out
}

// inFurniture reports that text node n stands in a page's furniture, not
// its story: a list item, link, aside, footer, header or navigation within
// six levels up ("Posted on March 2, 2015" in a sidebar's list, "Last
// updated" in a footer date other stories or the site, not this article).
func inFurniture(n *html.Node) bool {
	for a, k := n.Parent, 0; a != nil && k < 6; a, k = a.Parent, k+1 {
		switch a.DataAtom {
		case atom.Li, atom.A, atom.Aside, atom.Footer, atom.Header, atom.Nav:
			return true
		}
	}
	return false
}

// everyInBlock reports whether each of ps is found once in one of blocks
// (inBlock).
func everyInBlock(ps, blocks []string) bool {
	for _, p := range ps {
		if !inBlock(p, blocks) {
			return false
		}
	}
	return true
}
