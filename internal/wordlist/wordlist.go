// Package wordlist reads the word-list files that hold the vocabulary of
// dyad's rules (events/data/words.txt, actors/data/words/words.txt): sets
// of words under named headings, reviewed like code and loaded into the
// value of whoever reads them. The caller fixes the headings; a file that
// names another heading, lacks one, or holds a malformed word is an error
// naming the file and the line.
//
// The format, one list after another:
//
//	# a comment: "#" starts one anywhere on a line
//	[list name]
//	word another-word o'neill covid-19 attaché
//	more words of the same list
//
//	[other list]
//	...
//
// A line "[name]" opens the list name (inner blanks are folded to one
// space); the lines after it, up to the next heading, give its words
// separated by blanks. A word is lower-case letters (ASCII or not:
// "attaché"), digits, "-", "'" and ".", with at least one letter.
package wordlist

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Parse reads the word lists of data, in the format of the package doc,
// into lists: each heading of data must be a key of lists, and the set of
// its words (each word true) is stored through the key's pointer. file
// names the source in errors and owner the code that binds the headings
// (a path such as "events/vocab.go", said in the error for an unknown
// heading).
//
// It fails, naming file and line ("file:line: ..."), on a heading
// without its "]", an unknown heading (giving the nearest known one in
// edit distance, what a typo meant), a heading given twice, words before
// the first heading, a word twice in a list, or a word that is not
// lower-case letters, digits, "-", "'" and "." (a capital, a comma or a
// quotation mark left from a typo); and, naming file, on a key of lists
// that data does not give ("file: no list [name]", the first such in
// order) or, naming its line, gives with no words. On an error, the lists
// read before it are stored and the rest are left as they were.
func Parse[L ~map[string]bool](data []byte, file, owner string, lists map[string]*L) error {
	at := map[string]int{} // heading → its line
	var cur L
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
				return fmt.Errorf("%s:%d: heading %q: want [name]", file, ln, line)
			}
			name = strings.Join(strings.Fields(line[1:len(line)-1]), " ")
			l, ok := lists[name]
			if !ok {
				return fmt.Errorf("%s:%d: unknown list [%s] (not one of the %d lists of %s; the nearest is [%s])", file, ln, name, len(lists), owner, nearest(lists, name))
			}
			if first, again := at[name]; again {
				return fmt.Errorf("%s:%d: list [%s] again (first at line %d)", file, ln, name, first)
			}
			at[name] = ln
			cur = L{}
			*l = cur
			continue
		}
		if cur == nil {
			return fmt.Errorf("%s:%d: words before the first [heading]: %q", file, ln, line)
		}
		for _, w := range strings.Fields(line) {
			if !Word(w) {
				return fmt.Errorf("%s:%d: %q in [%s]: want lower-case letters, digits, \"-\", \"'\" or \".\"", file, ln, w, name)
			}
			if cur[w] {
				return fmt.Errorf("%s:%d: %q twice in [%s]", file, ln, w, name)
			}
			cur[w] = true
		}
	}
	for _, name := range sortedNames(lists) {
		if _, ok := at[name]; !ok {
			return fmt.Errorf("%s: no list [%s]", file, name)
		}
		if len(*lists[name]) == 0 {
			return fmt.Errorf("%s:%d: list [%s] has no words", file, at[name], name)
		}
	}
	return nil
}

// Word reports a word a list may hold: lower-case letters (ASCII or not:
// "attaché"), digits, "-", "'" and ".", with at least one letter.
func Word(w string) bool {
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

// sortedNames returns the keys of lists in order.
func sortedNames[L any](lists map[string]*L) []string {
	out := make([]string, 0, len(lists))
	for n := range lists {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

// nearest returns the key of lists nearest to name in edit distance (the
// first in order of a tie): what a typo meant.
func nearest[L any](lists map[string]*L, name string) string {
	best, bestD := "", -1
	for _, n := range sortedNames(lists) {
		if d := editDistance(n, name); bestD < 0 || d < bestD {
			best, bestD = n, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			d := prev[j-1]
			if a[i-1] != b[j-1] {
				d++
			}
			cur[j] = min(d, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
