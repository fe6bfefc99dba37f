package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Run-on blocks: trafilatura's fallback for a short page takes the text
// of the story's container as one string, its elements' texts joined with
// no break, so that a page of a headline and one paragraph
// ("<article><h1>Kharkiv news</h1><p>Russian forces shelled …</p>") gave
// the body "Kharkiv newsRussian forces shelled …", whose first sentence
// the coder then read with "news" glued to "Russian". Block elements are
// never joined so: a body block that is exactly two or more consecutive
// blocks of the page run together is replaced by those blocks (a heading
// marked with headingMark, which cleanBody drops when it is short, as it
// drops a heading equal to the title on longer pages).

// maxPageBlocks bounds the blocks pageBlocks collects (a hostile page of
// a million paragraphs gets no run-on check).
const maxPageBlocks = 20000

// pageBlocks returns the texts of the page's headings (<h1>–<h6>, marked
// with headingMark), paragraphs and list items, in page order, outside
// the head, scripts, styles and templates; nil past maxPageBlocks.
func pageBlocks(doc *html.Node) []string {
	var out []string
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template:
				return true
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				if t := clean(textOf(n)); t != "" {
					out = append(out, headingMark+t)
				}
				return len(out) <= maxPageBlocks
			case atom.P, atom.Li:
				if t := clean(textOf(n)); t != "" {
					out = append(out, t)
				}
				return len(out) <= maxPageBlocks
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	if !walk(doc) {
		return nil
	}
	return out
}

// splitRunOn replaces each block of body that is two or more consecutive
// blocks of page (pageBlocks) joined with nothing between them by those
// blocks; other blocks are kept as they are.
func splitRunOn(body, page []string) []string {
	if len(page) < 2 {
		return body
	}
	known := make(map[string]bool, len(page))
	for _, p := range page {
		known[strings.TrimPrefix(p, headingMark)] = true
	}
	var out []string
	for i, b := range body {
		var parts []string
		if !known[b] && !strings.HasPrefix(b, headingMark) {
			parts = runOf(b, page)
		}
		if parts == nil {
			if out != nil {
				out = append(out, b)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(body)+len(parts)), body[:i]...)
		}
		out = append(out, parts...)
	}
	if out == nil {
		return body
	}
	return out
}

// runOf returns the consecutive blocks of page, two or more, whose texts
// joined with nothing between them are b; nil when there are none.
func runOf(b string, page []string) []string {
	for i, p := range page {
		t := strings.TrimPrefix(p, headingMark)
		if len(t) >= len(b) || !strings.HasPrefix(b, t) {
			continue
		}
		rest, j := b[len(t):], i+1
		for ; j < len(page) && rest != ""; j++ {
			u := strings.TrimPrefix(page[j], headingMark)
			if !strings.HasPrefix(rest, u) {
				break
			}
			rest = rest[len(u):]
		}
		if rest == "" && j-i >= 2 {
			return page[i:j]
		}
	}
	return nil
}
