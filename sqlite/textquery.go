package sqlite

// Filter.Text as people type it: names and abbreviations with hyphens,
// dots and apostrophes ("al-Assad", "U.S.", "don't") that FTS5's query
// grammar rejects, rewritten before either store parses the query.

import (
	"strings"
	"unicode/utf8"
)

// TextHelp is what a query Filter.Text still cannot parse after
// NormalizeText is told (by dyad events --q and the API's q).
const TextHelp = `not a valid full-text query (SQLite FTS5 syntax: words, "phrases", AND, OR, NOT; ` +
	`put a term with punctuation in double quotes: "12:30")`

// textColumns are the columns of the articles_fts index a query may name.
var textColumns = map[string]bool{"title": true, "text": true, "article_id": true}

// NormalizeText rewrites a full-text query (Filter.Text) into FTS5
// syntax, so that both stores read common terms as a reader means them:
//
//   - a term holding characters an FTS5 bareword cannot (- . ' / & …)
//     becomes a quoted phrase: al-Assad → "al-Assad", U.S. → "U.S.",
//     don't → "don't", Jong-un* → "Jong-un"* (a prefix phrase),
//     title:al-Assad → title:"al-Assad";
//   - "AND NOT" becomes FTS5's binary NOT: nuclear AND NOT Korea →
//     nuclear NOT Korea.
//
// Everything else is left as written: quoted phrases, word*, column
// filters (title:word, -title:word, {title text}:word), NEAR(…), + , ^,
// parentheses, and a term that starts with '-' (which FTS5 reads as a
// column filter). A query without such terms is returned unchanged; a
// query that is still invalid is reported by the store as before.
// Terms are split at white space, double quotes, parentheses, braces and
// commas. A query holding a NUL byte is returned unchanged.
func NormalizeText(q string) string {
	if strings.IndexByte(q, 0) >= 0 {
		return q // SQLite reads the query up to the NUL; left as given
	}
	var b []byte
	andAt := -1 // where a pending "AND" starts in b, -1 when the last term was not AND
	for i := 0; i < len(q); {
		c := q[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			b = append(b, c)
			i++
		case c == '"':
			j := i + 1
			for j < len(q) {
				if q[j] == '"' {
					if j+1 < len(q) && q[j+1] == '"' { // "" is a quote
						j += 2
						continue
					}
					j++
					break
				}
				j++
			}
			b = append(b, q[i:j]...)
			i, andAt = j, -1
		case strings.IndexByte("(){},", c) >= 0:
			b = append(b, c)
			i, andAt = i+1, -1
		default:
			j := i
			for j < len(q) && strings.IndexByte(" \t\n\r\"(){},", q[j]) < 0 {
				j++
			}
			term := q[i:j]
			i = j
			switch {
			case term == "NOT" && andAt >= 0:
				b = append(b[:andAt], term...)
				andAt = -1
				continue
			case term == "AND":
				if andAt < 0 {
					andAt = len(b) // (a run of ANDs folds into a NOT after it as one: "AND AND NOT" is "NOT")
				}
				b = append(b, term...)
				continue
			}
			andAt = -1
			b = append(b, quoteTerm(term)...)
		}
	}
	return string(b)
}

// quoteTerm returns term (no white space, quotes, parentheses, braces or
// commas in it) quoted when FTS5 would not read it as a term.
func quoteTerm(term string) string {
	if fts5Term(term) || !strings.ContainsFunc(term, isBareRune) || term[0] == '-' {
		return term
	}
	if term[0] == ':' { // the colon of a column-set filter: {title text}:word
		return ":" + quoteTerm(term[1:])
	}
	col := ""
	if k := strings.IndexByte(term, ':'); k > 0 && k+1 < len(term) && textColumns[strings.ToLower(term[:k])] {
		col, term = term[:k+1], term[k+1:]
	}
	star := ""
	if len(term) > 1 && strings.HasSuffix(term, "*") {
		star, term = "*", term[:len(term)-1]
	}
	return col + `"` + term + `"` + star
}

// fts5Term reports whether FTS5 reads term as written: [^][-][column:][^]word[*],
// any part optional but the word's letters, or ':' and '+' alone.
func fts5Term(term string) bool {
	s := strings.TrimPrefix(term, "^")
	s = strings.TrimPrefix(s, "-")
	if k := strings.IndexByte(s, ':'); k >= 0 {
		if !allBare(s[:k]) || allDigits(s[:k]) {
			// a number before the colon names no column: "12:30", a
			// time, "3:1", a score, are terms with punctuation
			return false
		}
		s = s[k+1:]
	}
	s = strings.TrimPrefix(s, "^")
	s = strings.TrimSuffix(s, "*")
	return allBare(s) || term == "+" || term == "*"
}

// allDigits reports whether s is one or more ASCII digits.
func allDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

func allBare(s string) bool {
	for _, r := range s {
		if !isBareRune(r) {
			return false
		}
	}
	return true
}

// isBareRune reports whether r may appear in an FTS5 bareword: ASCII
// letters and digits, '_', the substitute character and any non-ASCII
// character.
func isBareRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == 0x1a || r >= utf8.RuneSelf
}
