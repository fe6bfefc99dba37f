package article

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/dyad-events/dyad"
)

// openingWords is how many words of two bodies' openings OtherStory
// compares: about a news story's first sentence.
const openingWords = 12

// OtherStory reports whether body, the text of an article whose page
// claims an address (its canonical link: dyad.Article.Claimed), tells
// another story than stored, the text stored under that address. Two
// bodies tell one story when they open alike (their first 12 words, or
// the whole of a shorter one, are the same words, case and punctuation
// aside) or when half or more of the word trigrams of the shorter are in
// the longer (an edited page, a page and its feed's summary). Otherwise
// they are two stories: a section's URL ("/news/world/", "/index.html")
// that saved pages give as their canonical link is then no article's
// identity. An empty text tells nothing: false.
func OtherStory(body, stored string) bool {
	a, b := storyWords(body), storyWords(stored)
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	n := min(openingWords, len(a), len(b))
	if strings.Join(a[:n], " ") == strings.Join(b[:n], " ") {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	ta, tb := trigrams(a), trigrams(b)
	if len(ta) == 0 {
		return true // (different openings of under three words)
	}
	shared := 0
	for t := range ta {
		if tb[t] {
			shared++
		}
	}
	return 2*shared < len(ta)
}

// storyWords gives text's words lower-cased, without the punctuation
// around them.
func storyWords(text string) []string {
	var out []string
	for _, w := range strings.Fields(text) {
		w = strings.TrimFunc(strings.ToLower(w), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// trigrams gives the set of three-word sequences of words.
func trigrams(words []string) map[string]bool {
	out := map[string]bool{}
	for i := 0; i+3 <= len(words); i++ {
		out[words[i]+" "+words[i+1]+" "+words[i+2]] = true
	}
	return out
}

// TextID is the id of a's text, as an article without a URL has it:
// dyad.ArticleID("", NormalText(a)).
func TextID(a *dyad.Article) string { return dyad.ArticleID("", NormalText(a)) }

// OwnStory is called for a, a page claiming the address its id hashes
// (a.Claimed), when the article stored under that id, read from from,
// tells another story (OtherStory): it gives a the id of its text
// (TextID), so that it is stored as an article of its own, and returns
// the warning that says so: "b.html: its canonical link
// https://example.com/news/world/ was claimed by a.html too, which tells
// another story (they share neither their opening nor half their
// wording): stored as an article of its own, known by its text (id …),
// not by that address". An empty from is said "the article stored under
// it earlier (id …)". dyad ingest and dyad worker both warn so.
func OwnStory(a *dyad.Article, from string) string {
	if from == "" {
		from = "the article stored under it earlier (id " + a.ID + ")"
	}
	a.ID = TextID(a)
	return fmt.Sprintf("%s: its canonical link %s was claimed by %s too, which tells another story (they share neither their opening nor half their wording): stored as an article of its own, known by its text (id %s), not by that address",
		a.InputName(), a.URL, from, a.ID)
}

// SameWords reports whether a and b are the same words, white space
// aside.
func SameWords(a, b string) bool {
	for {
		a = strings.TrimLeftFunc(a, unicode.IsSpace)
		b = strings.TrimLeftFunc(b, unicode.IsSpace)
		if a == "" || b == "" {
			return a == b
		}
		i := strings.IndexFunc(a, unicode.IsSpace)
		if i < 0 {
			i = len(a)
		}
		j := strings.IndexFunc(b, unicode.IsSpace)
		if j < 0 {
			j = len(b)
		}
		if a[:i] != b[:j] {
			return false
		}
		a, b = a[i:], b[j:]
	}
}

// Edited reports whether a, a page known by its address (its id is its
// URL's, dyad.ArticleID), tells another text than stored, the body stored
// under that id, white space aside (SameWords): an edit of the page (a
// paragraph added, a line reworded), which dyad ingest and dyad worker
// keep out, the stored text and events kept. It returns how the two
// differ in length: "78 words, stored 61". It is false for an article
// known by its text or by an id its input gave.
func Edited(a *dyad.Article, stored string) (string, bool) {
	if a.URL == "" || a.ID != dyad.ArticleID(a.URL, "") {
		return "", false
	}
	text := strings.Join(a.Body, "\n\n")
	if SameWords(text, stored) {
		return "", false
	}
	return fmt.Sprintf("%d words, stored %d", len(strings.Fields(text)), len(strings.Fields(stored))), true
}
