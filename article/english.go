package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// englishWords are English function words: in English news they are a
// quarter or more of the prose words (0.25 to 0.45 over the open corpora),
// in German or Portuguese news about one in twenty.
var englishWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "a": true, "in": true, "is": true, "was": true,
	"for": true, "on": true, "that": true, "with": true, "as": true, "by": true, "at": true, "from": true,
	"it": true, "he": true, "she": true, "his": true, "her": true, "has": true, "have": true, "had": true,
	"be": true, "are": true, "were": true, "not": true, "an": true, "or": true, "this": true, "but": true,
	"which": true, "who": true, "they": true, "their": true, "its": true, "after": true, "been": true,
	"would": true, "said": true, "than": true, "we": true, "i": true, "you": true, "will": true,
}

// EnglishMinWords is the fewest words on which EnglishCheck judges a text;
// EnglishMinShare the share of English function words under which a text
// of that many words or more does not look English.
const (
	EnglishMinWords = 50
	EnglishMinShare = 0.15
)

// EnglishCheck tallies whether the articles of one input look English. An
// article of EnglishMinWords prose words (see englishCount) or more (title, body and captions) is
// judged alone; shorter ones (a feed's items) are judged together once
// they reach that many words. The zero value is ready to use.
type EnglishCheck struct {
	articles, foreign     int
	short, words, english int // the shorter articles, pooled
}

// englishCount is the number of words of s and of English function words
// among them.
//
// Only prose words count: a token of letters (with an inner hyphen or
// apostrophe) starting lower-case, its punctuation trimmed. Names, menus
// in capitals, codes and addresses are not judged.
func englishCount(s string) (words, english int) {
	for s != "" {
		// the next field, as strings.Fields splits, without a slice of
		// all of them (an input of one 50 MB line)
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		end := strings.IndexFunc(s, unicode.IsSpace)
		if end < 0 {
			end = len(s)
		}
		w := s[:end]
		s = s[end:]
		if w == "" {
			break
		}
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if first, _ := utf8.DecodeRuneInString(w); w == "" || !unicode.IsLower(first) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' }) >= 0 {
			continue
		}
		words++
		if englishWords[w] {
			english++
		}
	}
	return words, english
}

// Add tallies article a.
func (c *EnglishCheck) Add(a *dyad.Article) {
	c.articles++
	words, english := englishCount(a.Title)
	for _, parts := range [][]string{a.Body, a.Captions} {
		for _, p := range parts {
			w, e := englishCount(p)
			words, english = words+w, english+e
		}
	}
	if words >= EnglishMinWords {
		if float64(english) < EnglishMinShare*float64(words) {
			c.foreign++
		}
		return
	}
	c.short++
	c.words += words
	c.english += english
}

// Foreign returns how many of the articles added do not look English, and
// how many were added.
func (c *EnglishCheck) Foreign() (n, of int) {
	n = c.foreign
	if c.words >= EnglishMinWords && float64(c.english) < EnglishMinShare*float64(c.words) {
		n += c.short
	}
	return n, c.articles
}
