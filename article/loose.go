package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// wrapLoose gives the loose text of every element that also holds
// paragraphs a <p> of its own: each run of text and inline elements
// (inlineAtoms, not page furniture) between its children that are
// blocks or <br>s becomes one paragraph, when it holds at least
// minLooseWords words, not all inside links, and ends a sentence.
//
// A page that opens <p> between paragraphs and never closes one
// ("Lead.<p>Second.<p>Third.", or a <p> closed with </p> that another
// paragraph follows unwrapped) leaves that text outside any <p>: the
// <article> walk (articleParas) keeps only <p> and list items, and
// trafilatura drops the text before a container's first child, so the
// lead paragraph, or the text between two paragraphs, was lost.
func wrapLoose(n *html.Node) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
			atom.Pre, atom.Textarea, atom.Select, atom.P:
			return
		}
	}
	hasP := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			hasP = true
			break
		}
	}
	if hasP && n.Type == html.ElementNode {
		var run []*html.Node
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if looseNode(c) {
				run = append(run, c)
			} else {
				wrapRun(n, run)
				run = run[:0]
			}
			c = next
		}
		wrapRun(n, run)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		wrapLoose(c)
	}
}

// minLooseWords is the fewest words a run of loose text needs to become
// a paragraph, which must also end a sentence (endsSentence): a lone
// "Advertisement", a time stamp ("April 28, 2023 GMT"), a promotion
// ("Join us on WhatsApp") or a quote's attribution ("— Advocate Dali
// Mpofu") stays as it was.
const minLooseWords = 6

// endsSentence reports whether s, trimmed, ends with ".", "!" or "?",
// possibly followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), "\"'’”»)]")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// looseNode reports whether c can stand in a run of loose text: a text
// node, a comment, or an inline element that is not page furniture.
func looseNode(c *html.Node) bool {
	switch c.Type {
	case html.TextNode, html.CommentNode:
		return true
	case html.ElementNode:
		return inlineAtoms[c.DataAtom] && !furniture(c)
	}
	return false
}

// wrapRun moves the nodes of run, consecutive children of parent, into a
// new <p> in their place when they hold a paragraph's worth of text
// (minLooseWords, not all inside links, ending a sentence); white space
// at either end stays outside.
func wrapRun(parent *html.Node, run []*html.Node) {
	for len(run) > 0 && blankNode(run[0]) {
		run = run[1:]
	}
	for len(run) > 0 && blankNode(run[len(run)-1]) {
		run = run[:len(run)-1]
	}
	if len(run) == 0 {
		return
	}
	var text strings.Builder
	linked := 0
	for _, c := range run {
		t := textOf(c)
		text.WriteString(t)
		text.WriteByte(' ')
		if c.Type == html.ElementNode && (c.DataAtom == atom.A || allLink(c)) {
			linked += len(strings.Fields(t))
		}
	}
	words := len(strings.Fields(text.String()))
	if words < minLooseWords || linked == words || !endsSentence(text.String()) {
		return
	}
	p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	parent.InsertBefore(p, run[0])
	for _, c := range run {
		parent.RemoveChild(c)
		p.AppendChild(c)
	}
}

// blankNode reports a comment or a text node of white space only.
func blankNode(c *html.Node) bool {
	return c.Type == html.CommentNode || c.Type == html.TextNode && strings.TrimSpace(c.Data) == ""
}
