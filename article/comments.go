package article

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropComments removes readers' comments from a page before its body is
// looked for: trafilatura drops WordPress and Disqus threads by their own
// markup, but not every site's (a <div class="user-comments">, a
// <section id="comments">, a BBC-style "Have your say" heading followed by
// readers' paragraphs), and a reader's "Israel bombed Lebanon again" is
// not the story's.
//
// An element goes when a token of its class or id (split at spaces,
// hyphens, underscores, colons and dots) names comments ("comment",
// "comments", "usercomments", "commentlist", "disqus…"), or a word of it
// is "reader-" followed by what readers contribute ("reader-responses",
// "readers-comments") or holds "responses" or "replies" beside a word of
// who writes them ("user-replies"; not "international-responses"), unless it holds
// the story: the page's <html>, <body> and <main>, the <article> with the most
// text, and any element containing one of them or an <h1> stay, whatever
// their class (an opinion page's <article class="content--comment">). A heading (<h2>–<h6>)
// reading "Comments", "Comments (2)", "12 comments", "12 Responses to
// “Title”" (a quoted title only: "One response to the blockade" is the
// story's subheading), "Leave a Reply", "Reader comments" or "Have your say" goes with the siblings after it, up to the next heading
// of its level or higher or an element holding the story. Text is never
// looked at otherwise: a paragraph saying the ministry "declined to
// comment" stays.
func dropComments(doc, story *html.Node) {
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type != html.ElementNode {
				c = next
				continue
			}
			switch {
			case commentBlock(c) && !holdsStory(c, story):
				n.RemoveChild(c)
			case commentHeading(c):
				lvl := headingLevel(c)
				for s := next; s != nil; {
					after := s.NextSibling
					if s.Type == html.ElementNode && (holdsStory(s, story) || headingLevel(s) > 0 && headingLevel(s) <= lvl) {
						break
					}
					n.RemoveChild(s)
					s = after
				}
				next = c.NextSibling
				n.RemoveChild(c)
			default:
				walk(c)
			}
			c = next
		}
	}
	walk(doc)
}

// commentTokens in a class or id name a block of readers' comments. The
// singular "response" is not one: news markup names topics with it
// ("emergency-response", "covid-response"); nor are "responses" and
// "replies" alone ("international-responses" is a story's box): they
// name comments only beside a word of who writes them (repliesBlock).
var commentTokens = map[string]bool{
	"comment": true, "comments": true, "usercomments": true, "commentlist": true, "commentsection": true,
	"readercomments": true,
}

// writerTokens name who writes the "responses" or "replies" of a class
// or id word ("user-replies", "comment-responses").
var writerTokens = map[string]bool{
	"comment": true, "comments": true, "user": true, "users": true, "reader": true, "readers": true,
	"visitor": true, "visitors": true,
}

// readersTokens name what readers contribute after a "reader-" or
// "readers-" class or id word ("reader-responses", "readers-feedback"); the
// word "reader" alone is not one ("screen-reader-text", "reader-mode").
var readersTokens = map[string]bool{
	"comment": true, "comments": true, "response": true, "responses": true, "reply": true, "replies": true,
	"reactions": true, "feedback": true, "posts": true, "views": true, "opinions": true, "voices": true,
}

// commentBlock reports whether n's class or id names readers' comments.
func commentBlock(n *html.Node) bool {
	ci := attr(n, "class") + " " + attr(n, "id")
	return classOrIDToken(n, 8, func(tok string) bool { return commentTokens[tok] || strings.HasPrefix(tok, "disqus") }) ||
		readersBlock(ci) || repliesBlock(ci)
}

// repliesBlock reports whether a word of a class or id attribute (ci),
// split at hyphens, underscores, colons and dots, holds "responses" or
// "replies" and a word of who writes them (writerTokens): "user-replies",
// "comment_responses", not "international-responses".
func repliesBlock(ci string) bool {
	for _, w := range strings.Fields(strings.ToLower(ci)) {
		replies, writer := false, false
		for _, tok := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '_' || r == ':' || r == '.' }) {
			replies = replies || tok == "responses" || tok == "replies"
			writer = writer || writerTokens[tok]
		}
		if replies && writer {
			return true
		}
	}
	return false
}

// readersBlock reports whether a word of a class or id attribute (ci) is
// "reader-" or "readers-" followed by what readers contribute
// (readersTokens).
func readersBlock(ci string) bool {
	for _, w := range strings.Fields(strings.ToLower(ci)) {
		rest, ok := strings.CutPrefix(w, "reader")
		if !ok {
			continue
		}
		rest = strings.TrimPrefix(rest, "s")
		if rest, ok = strings.CutPrefix(rest, "-"); !ok {
			if rest, ok = strings.CutPrefix(rest, "_"); !ok {
				continue
			}
		}
		if readersTokens[strings.TrimRight(rest, "-_")] {
			return true
		}
	}
	return false
}

// holdsStory reports whether n is, or contains, what must not be dropped
// as comments: the page's <html>, <body> or <main>, an <h1>, or the
// story's <article> (story, found by mainArticle; nil when the page has
// none).
func holdsStory(n, story *html.Node) bool {
	if n == story {
		return true
	}
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.H1:
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && holdsStory(c, story) {
			return true
		}
	}
	return false
}

// mainArticle returns the page's <article> (or itemprop="articleBody"
// element) with the most text, or nil. A WordPress comment's <article
// class="comment-body"> is shorter than the story's.
func mainArticle(doc *html.Node) *html.Node {
	var best *html.Node
	bestLen := 0
	var find func(n *html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Article || strings.EqualFold(attr(n, "itemprop"), "articleBody")) {
			if l := len(textOf(n)); l > bestLen {
				best, bestLen = n, l
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	return best
}

// commentHeadingRE matches the headings of readers' comment sections.
// The WordPress forms count the comments ("12 Responses to “Title”", "One
// Reply to “…”", "3 Comments") or invite one ("Leave a Reply"); a count
// must be digits or "One", and what follows "to" or "on" must be a quoted
// title, as blog engines print it: a subheading "Responses to the attack",
// "One response to the blockade" or "2 replies to Moscow" is the story's.
var commentHeadingRE = regexp.MustCompile(`^(?i:(?:readers?'? |user |your )?comments?(?: \(\d[\d,]*\))?|(?:\d[\d,]*|one) (?:comments?|responses?|repl(?:y|ies))(?: (?:to|on) ["“‘'«].+)?|have your say|leave a (?:reply|comment|response))$`)

// commentHeading reports whether n is an <h2>–<h6> heading of a comment
// section.
func commentHeading(n *html.Node) bool {
	return headingLevel(n) >= 2 && commentHeadingRE.MatchString(clean(textOf(n)))
}

// headingLevel returns n's heading level (1 to 6), or 0.
func headingLevel(n *html.Node) int {
	if n.Type != html.ElementNode {
		return 0
	}
	switch n.DataAtom {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}
