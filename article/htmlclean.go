package article

// Cleaning an extracted body: boilerplate lines, photo captions and credits,
// related-story links, bylines, a repeated headline or standfirst, escaped
// entities and sentences run together.

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/dyad-events/dyad"
)

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
