package actors

// Word lists the matcher's rules test words against
// (data/words/words.txt): vocabulary, reviewed like code and loaded into
// the Matcher when it is built, as the events package loads its
// data/words.txt. Function words and grammar stay in the Go code of the
// rule that reads them.

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed data/words/words.txt
var defaultWords []byte

// matchWords holds the lists of data/words/words.txt, one field per
// "[name]" heading (lists binds the names); each list is the set of its
// words, lower-cased tokens. A Matcher holds one, read-only.
type matchWords struct {
	commonNames   map[string]bool // [common names]: Holder
	titlePrefixes map[string]bool // [title prefixes]: Find, nounBridge
	jurisdictions map[string]bool // [jurisdiction words]: JurisdictionWord
}

// lists binds each heading of data/words/words.txt to its field of w.
func (w *matchWords) lists() map[string]*map[string]bool {
	return map[string]*map[string]bool{
		"common names":       &w.commonNames,
		"title prefixes":     &w.titlePrefixes,
		"jurisdiction words": &w.jurisdictions,
	}
}

// parseWords reads word lists in the format of data/words/words.txt: a
// line "[name]" opens the list name, the lines after it give its words
// separated by blanks, "#" starts a comment. file names the source in
// errors. It fails, naming file and line, on an unknown or repeated
// heading, words before the first heading, a word twice in a list, or a
// word that is not lower-case letters (accented ones too), digits, "-",
// "'" and "."; and, naming file, on a list matchWords needs that the
// text does not give or gives empty.
func parseWords(data []byte, file string) (*matchWords, error) {
	w := &matchWords{}
	lists := w.lists()
	at := map[string]int{} // heading → its line
	var cur map[string]bool
	var name string
	for n, line := range strings.Split(string(data), "\n") {
		ln := n + 1
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") {
			if !strings.HasSuffix(line, "]") {
				return nil, fmt.Errorf("%s:%d: heading %q: want [name]", file, ln, line)
			}
			name = strings.Join(strings.Fields(line[1:len(line)-1]), " ")
			l, ok := lists[name]
			if !ok {
				return nil, fmt.Errorf("%s:%d: unknown list [%s] (not one of the %d lists of actors/words.go)", file, ln, name, len(lists))
			}
			if first, again := at[name]; again {
				return nil, fmt.Errorf("%s:%d: list [%s] again (first at line %d)", file, ln, name, first)
			}
			at[name] = ln
			cur = map[string]bool{}
			*l = cur
			continue
		}
		if cur == nil {
			return nil, fmt.Errorf("%s:%d: words before the first [heading]: %q", file, ln, line)
		}
		for _, word := range strings.Fields(line) {
			if !listWord(word) {
				return nil, fmt.Errorf("%s:%d: %q in [%s]: want lower-case letters, digits, \"-\", \"'\" or \".\"", file, ln, word, name)
			}
			if cur[word] {
				return nil, fmt.Errorf("%s:%d: %q twice in [%s]", file, ln, word, name)
			}
			cur[word] = true
		}
	}
	names := make([]string, 0, len(lists))
	for n := range lists {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if _, ok := at[n]; !ok {
			return nil, fmt.Errorf("%s: no list [%s]", file, n)
		}
		if len(*lists[n]) == 0 {
			return nil, fmt.Errorf("%s:%d: list [%s] has no words", file, at[n], n)
		}
	}
	return w, nil
}

// listWord reports a word a list may hold: lower-case letters (ASCII or
// not), digits, "-", "'" and ".", with at least one letter.
func listWord(w string) bool {
	letter := false
	for _, c := range w {
		switch {
		case c >= 'a' && c <= 'z', c >= utf8.RuneSelf && unicode.IsLower(c):
			letter = true
		case c >= '0' && c <= '9', c == '-', c == '\'', c == '.':
		default:
			return false
		}
	}
	return letter
}

// JurisdictionWord reports a word (lower case) that stands between a
// sub-national place and its official: "Borno state governor", "Kharkiv
// regional governor" ([jurisdiction words] of data/words/words.txt). The
// matcher reads it before a governor's or mayor's title (placeTitled),
// the events package before the official it places.
func (m *Matcher) JurisdictionWord(w string) bool {
	return m.words.jurisdictions[w]
}

// defaultMatchWords parses the embedded data/words/words.txt. It panics
// when the file does not parse: the file is part of the build, and
// TestMatchWordsLoad catches a malformed one before it ships.
func defaultMatchWords() *matchWords {
	w, err := parseWords(defaultWords, "actors/data/words/words.txt")
	if err != nil {
		panic(err)
	}
	return w
}
