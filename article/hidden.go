package article

import (
	"strings"

	"golang.org/x/net/html"
)

// dropHidden removes the elements a reader never sees from a page before
// its body is looked for: those with the hidden attribute (not
// hidden="until-found", whose text a reader's find reveals) or an inline
// style of display: none or visibility: hidden. aria-hidden="true" is
// not such: it hides an element from screen readers alone, and pages set
// it on story paragraphs they show (a paywalled paragraph, TechRadar's
// <p class="paywall" aria-hidden="true">, whose text was lost). A
// paragraph hidden so (a teaser, a duplicate for another layout, text
// kept for search engines) is not the story's. The elements that
// hold the story stay whatever their attributes, as dropComments keeps
// them (the page's <html>, <body> and <main>, its main <article>, any
// element containing one of them or an <h1>): a page hidden whole until
// its scripts run is still read. story is the page's main <article>
// (mainArticle; nil when it has none).
func dropHidden(doc, story *html.Node) {
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode {
				if hidden(c) && !holdsStory(c, story) {
					n.RemoveChild(c)
				} else {
					walk(c)
				}
			}
			c = next
		}
	}
	walk(doc)
}

// hidden reports whether element n is hidden from readers by its own
// attributes (see dropHidden).
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			if !strings.EqualFold(strings.TrimSpace(a.Val), "until-found") {
				return true
			}
		case "style":
			if hiddenStyle(a.Val) {
				return true
			}
		}
	}
	return false
}

// hiddenStyle reports whether the inline CSS declarations s set display
// to none or visibility to hidden ("display:none", "Display: NONE
// !important"); the last declaration of a property wins, as in CSS.
func hiddenStyle(s string) bool {
	var display, visibility string
	for _, d := range strings.Split(s, ";") {
		prop, val, ok := strings.Cut(d, ":")
		if !ok {
			continue
		}
		val = strings.TrimSpace(strings.TrimSuffix(strings.ToLower(strings.TrimSpace(val)), "!important"))
		switch strings.ToLower(strings.TrimSpace(prop)) {
		case "display":
			display = val
		case "visibility":
			visibility = val
		}
	}
	return display == "none" || visibility == "hidden"
}
