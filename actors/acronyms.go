package actors

import (
	"strings"
	"unicode/utf8"
)

// acronymRules lets each all-capitals word of p of three or more letters
// ("FARC", "UNICEF", "OPCW") also match in title case ("Farc", "Unicef",
// "Opcw"), as the Guardian and the BBC write acronyms, unless its
// lower-case form is on the [plain acronyms] list of data/words/words.txt
// (an ordinary word, a given name or a place: "Who", "Care", "Guam") or
// a dictionary phrase of its own, written otherwise, comes first under
// the same word ("Guam" the territory, not the GUAM organisation). The
// rule applies to the word wherever it stands in the phrase ("FARC
// dissidents" matches "Farc dissidents").
func (m *Matcher) acronymRules(p *pattern) {
	for k, r := range p.rules {
		if r != exactCase || !titleable(p.exact[k]) || m.words.plainAcronyms[p.words[k]] {
			continue
		}
		p.rules[k] = acronymCase
	}
}

// titleable reports an all-capitals word of three or more ASCII letters.
func titleable(w string) bool {
	if len(w) < 3 {
		return false
	}
	for _, c := range w {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// titleCase returns w with its first letter upper case and the rest
// lower case: "UNICEF" → "Unicef".
func titleCase(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return strings.ToUpper(string(r)) + strings.ToLower(w[n:])
}
