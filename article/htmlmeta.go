package article

// What a page says about itself outside its body: one walk (scanPage) collects
// the JSON-LD article object, <meta> tags, the canonical URL, microdata
// authors and date stamps.

import (
	"encoding/json"
	nurl "net/url"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
