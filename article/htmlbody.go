package article

// Body extraction: the story's paragraphs from trafilatura's content node
// (with bold subheadings), the page's main article container and sibling story
// containers, the densest text block, and the fallback of <p> elements outside
// page furniture.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
	return classOrIDToken(n, 3, func(tok string) bool { return furnitureWords[tok] })
}

// classOrIDToken reports whether is holds for a token of n's class or id,
// lower-cased and split at spaces, hyphens, underscores, colons and full
// stops ("share-tools" → "share", "tools"); false without trying when
// class, a space and id together are shorter than least bytes (furniture,
// commentBlock).
func classOrIDToken(n *html.Node, least int, is func(tok string) bool) bool {
	ci := attr(n, "class") + " " + attr(n, "id")
	if len(ci) < least {
		return false
	}
	for _, tok := range strings.FieldsFunc(strings.ToLower(ci), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == ':' || r == '.'
	}) {
		if is(tok) {
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
