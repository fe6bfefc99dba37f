package article

import (
	"bytes"
	"fmt"
	nurl "net/url"
	"strings"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

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
	story := mainArticle(doc) // (found once: both passes keep it)
	dropComments(doc, story)
	dropHidden(doc, story) // paragraphs no reader sees
	wrapLoose(doc)         // text left outside <p> by unclosed ones
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
	// A canonical link or og:url naming the site's root (a section page's
	// or a CMS template's "https://example.com/") is no article's identity:
	// every page of the site would be one article. The page's own URL is
	// taken instead (or none, so that the id hashes the text).
	a.URL = first(notSiteRoot(m.canonical, opt.URL), notSiteRoot(m.meta["og:url"], opt.URL), opt.URL, notSiteRoot(tm.URL, opt.URL))
	if a.URL != "" && !strings.HasPrefix(a.URL, "http://") && !strings.HasPrefix(a.URL, "https://") {
		a.URL = opt.URL
	}
	a.Claimed = a.URL != "" && (opt.URL == "" || dyad.CanonicalURL(a.URL) != dyad.CanonicalURL(opt.URL))
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
		opt.Warn(fmt.Sprintf("publication date %s: not taken; %s", ahead, then))
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

// notSiteRoot returns u unless it names a site's root (an http(s) URL with
// no path beyond "/" and no query: "https://example.com/") that is not
// the page's own URL, pageURL, or a language or section root of the
// page's site (one short path segment: "https://example.com/en/",
// "/news/") while the page's own URL is deeper on that site
// ("/en/2024/03/troops-clash") or unknown (a page read from a file, the
// segment then a word, a language tag or section words, "en", "news",
// "pt-br", "world-news", since another hyphenated one may be the
// article's slug, "kenya-talks"); then it returns "". Canonical URLs so written would merge every page of the
// site (or section) into one article.
func notSiteRoot(u, pageURL string) string {
	p, err := nurl.Parse(strings.TrimSpace(u))
	if err != nil || u == "" || p.Host == "" || p.RawQuery != "" {
		return u
	}
	q, qerr := nurl.Parse(strings.TrimSpace(pageURL))
	known := qerr == nil && q.Host != "" && strings.EqualFold(strings.TrimPrefix(q.Host, "www."), strings.TrimPrefix(p.Host, "www."))
	if p.Path != "" && p.Path != "/" {
		seg := strings.Trim(p.Path, "/")
		if !sectionRoot(seg) {
			return u
		}
		if known && len(pathSegments(q.Path)) < 2 {
			return u // the section page itself
		}
		if !known && qerr == nil && q.Host != "" {
			return u // a page of another site naming this one's section
		}
		if !known && strings.Contains(seg, "-") && !langTag(seg) && !sectionWords(seg) {
			return u // read from a file: "kenya-talks" may be the article's slug
		}
		return "" // deeper on the site, or a page read from a file
	}
	if known && strings.EqualFold(q.Host, p.Host) && (q.Path == "" || q.Path == "/") && q.RawQuery == "" {
		return u // the site's home page itself
	}
	return ""
}

// sectionRoot reports whether seg, a path without its slashes, is one
// short segment that names a language or a section ("en", "pt-br",
// "news", "world"), not an article (a slug, a number, a file name).
func sectionRoot(seg string) bool {
	if seg == "" || len(seg) > 16 || strings.ContainsAny(seg, "/.0123456789_") || strings.Count(seg, "-") > 1 {
		return false
	}
	return true
}

// sectionNames are the words a site's section is named by: what it
// covers, a region or the kind of story ("world", "news", "middle-east").
var sectionNames = map[string]bool{
	"news": true, "world": true, "politics": true, "sport": true, "sports": true, "business": true,
	"opinion": true, "analysis": true, "economy": true, "markets": true, "money": true, "finance": true,
	"tech": true, "technology": true, "science": true, "health": true, "culture": true, "arts": true,
	"entertainment": true, "lifestyle": true, "life": true, "travel": true, "environment": true,
	"climate": true, "education": true, "local": true, "national": true, "international": true,
	"global": true, "metro": true, "regional": true, "africa": true, "europe": true, "asia": true,
	"americas": true, "middle": true, "east": true, "uk": true, "us": true, "latest": true,
	"breaking": true, "top": true, "stories": true, "features": true, "video": true, "live": true,
	"crime": true, "courts": true, "defence": true, "defense": true, "security": true, "elections": true,
}

// sectionWords reports whether the hyphenated segment seg names a
// section: its last word is a section's ("world-news", "us-politics",
// "kenya-news", "middle-east"), not an article's slug ("kenya-talks").
// Wrongly taken for a section, a page read from a file is known by its
// text instead of the canonical; wrongly kept, two pages of the section
// would be one article.
func sectionWords(seg string) bool {
	w := strings.Split(strings.ToLower(seg), "-")
	return sectionNames[w[len(w)-1]]
}

// langTag reports whether seg is a language tag with a region: "pt-br",
// "en-gb" (two letters, a hyphen, two letters).
func langTag(seg string) bool {
	return len(seg) == 5 && seg[2] == '-' && strings.Trim(strings.ToLower(seg), "abcdefghijklmnopqrstuvwxyz-") == ""
}

// pathSegments gives the non-empty segments of a URL path.
func pathSegments(path string) []string {
	var out []string
	for _, s := range strings.Split(path, "/") {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
