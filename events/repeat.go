// Repeated sentences: a page that repeats a body sentence word for word
// (a spammy or badly scraped article telling the same two sentences
// 200,000 times) codes it once. The first telling stands; the repeats
// add no event and no mention, so one page cannot inflate an event's
// mention count (NumMentions counts mentions across articles).

package events

import (
	"strings"
	"unicode"
)

// sentenceSet is the set of an article's body sentences coded so far, by
// their text with white space normalised (runs of spaces, tabs and line
// breaks one space, none at the ends). One per codeUntil call.
type sentenceSet map[string]struct{}

// seen reports whether text (a sentence's text) was added before, and
// adds it.
func (s sentenceSet) seen(text string) bool {
	k := normSpace(text)
	if _, ok := s[k]; ok {
		return true
	}
	s[k] = struct{}{}
	return false
}

// normSpace is text with each run of white space one space and none at
// its ends: text itself, not copied, when it is so already (most
// sentences are), since it runs on every sentence coded.
func normSpace(text string) string {
	if spacedOnce(text) {
		return text
	}
	return strings.Join(strings.Fields(text), " ")
}

// spacedOnce reports text whose only white space is single plain spaces
// between words (what strings.Fields and a join by one space give back).
func spacedOnce(text string) bool {
	prevSpace := true // (a space at the start is not allowed)
	for _, r := range text {
		if r == ' ' {
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		}
		if unicode.IsSpace(r) {
			return false
		}
		prevSpace = false
	}
	return !prevSpace || text == ""
}
