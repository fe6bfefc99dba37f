package postgres

// Filter.Text on PostgreSQL: the SQLite FTS5 query syntax that the sqlite
// package takes, translated into PostgreSQL's own text search over the
// articles' tsv_title and tsv_text columns, so that one query means the
// same in both stores.

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad/sqlite"
)

// The columns of the sqlite package's articles_fts table, as a bit set.
const (
	colArticleID = 1 << iota // UNINDEXED: no phrase matches it
	colTitle
	colText
	colAll = colArticleID | colTitle | colText
)

var columnBits = map[string]int{"article_id": colArticleID, "title": colTitle, "text": colText}

// textQuery is a parsed full-text query: a phrase (leaf), an operator
// over two queries, or nothing (a query that matches no article: a
// phrase without words, as FTS5 has it).
type textQuery struct {
	op          string // "" (phrase), "AND", "OR", "NOT", "NEAR" or "NONE"
	left, right *textQuery
	parts       []phrasePart // the phrase: its parts joined by '+'
	cols        int          // the columns the phrase (or NEAR group) may match in
	dist        int          // NEAR: the most tokens between the two phrases
}

// NEAR groups: distances up to maxNear are spelled out as one tsquery
// per distance; from maxPosition on, PostgreSQL's largest word position,
// a NEAR group is both phrases in one column.
const (
	maxNear     = 100
	maxPosition = 16383
)

// phrasePart is one string of a phrase, its last word a prefix when
// prefix is set ("word*").
type phrasePart struct {
	text   string
	prefix bool
}

var none = &textQuery{op: "NONE"}

// parseQuery parses a Filter.Text query as the sqlite package reads it:
// rewritten by sqlite.NormalizeText ("al-Assad" → "\"al-Assad\"",
// "a AND NOT b" → "a NOT b"), then by parseText. Errors name q as given.
func parseQuery(q string) (*textQuery, error) {
	n := sqlite.NormalizeText(q)
	t, err := parseText(n)
	if err != nil && n != q && !errors.Is(err, errors.ErrUnsupported) {
		return nil, fmt.Errorf("text query %q (read as %q): %w", q, n, errors.Unwrap(err))
	}
	return t, err
}

// parseText parses q in the subset of the SQLite FTS5 query syntax that
// dyad supports on PostgreSQL, with FTS5's grammar, precedence and
// handling of phrases without words:
//
//	word  "a phrase"  word*  "a phr"*  one + two (a phrase)
//	a b (implicit AND between phrases)  a AND b  a OR b  a NOT b  ( … )
//	title:word  text:"a phrase"  {title text}:word  -title:word  title:( … )
//	NEAR(a "b c")  NEAR(a b, 3)
//
// NOT binds tighter than AND, AND tighter than OR; all are left
// associative. Words are runs of ASCII letters and digits, '_' and
// non-ASCII characters; other characters must be quoted. Column names
// are those of the sqlite package's index: title, text, article_id.
// NEAR(a b) and NEAR(a b, N) take two phrases (N at most 100, or 16383
// and more: the same column). Initial-token queries (^word), larger NEAR
// groups and other distances are rejected as unsupported with an error
// matching errors.ErrUnsupported. Other errors name q and what is wrong.
func parseText(q string) (*textQuery, error) {
	p := &textParser{src: q}
	if err := p.lex(); err != nil {
		if errors.Is(err, errors.ErrUnsupported) {
			return nil, err
		}
		return nil, fmt.Errorf("text query %q: %w", q, err)
	}
	if len(p.toks) == 0 {
		return nil, fmt.Errorf("text query %q: empty", q)
	}
	t, err := p.or(colAll)
	if err == nil && p.pos < len(p.toks) {
		err = p.errNear()
	}
	if errors.Is(err, errors.ErrUnsupported) {
		return nil, err
	}
	if err != nil {
		return nil, fmt.Errorf("text query %q: %w", q, err)
	}
	return t, nil
}

// unsupportedError is FTS5 syntax that PostgreSQL's text search cannot
// express; it matches errors.ErrUnsupported.
type unsupportedError string

func (e unsupportedError) Error() string {
	return string(e) + " are not supported on PostgreSQL (a SQLite store takes them)"
}

func (e unsupportedError) Is(target error) bool { return target == errors.ErrUnsupported }

// sql returns t as a boolean SQL expression over the articles' tsvector
// columns (alias a), each string of a phrase a parameter added with arg
// (which returns its placeholder).
func (t *textQuery) sql(arg func(any) string) string {
	switch t.op {
	case "NONE":
		return "FALSE"
	case "AND":
		return "(" + t.left.sql(arg) + " AND " + t.right.sql(arg) + ")"
	case "OR":
		return "(" + t.left.sql(arg) + " OR " + t.right.sql(arg) + ")"
	case "NOT":
		return "(" + t.left.sql(arg) + " AND NOT " + t.right.sql(arg) + ")"
	}
	if t.cols&(colTitle|colText) == 0 {
		return "FALSE" // only the unindexed article_id
	}
	var match func(col string) string
	if t.op == "NEAR" {
		a, b := t.left.tsquery(arg), t.right.tsquery(arg)
		if t.dist >= maxPosition {
			match = func(col string) string { return "(" + col + " @@ " + a + " AND " + col + " @@ " + b + ")" }
		} else {
			// FTS5: at most dist tokens between the two phrases, in either
			// order, overlapping by one token at most.
			var terms []string
			for k := 0; k <= t.dist+1; k++ {
				terms = append(terms, fmt.Sprintf("tsquery_phrase(%s, %s, %d)", a, b, k), fmt.Sprintf("tsquery_phrase(%s, %s, %d)", b, a, k))
			}
			q := "(" + strings.Join(terms, " || ") + ")"
			match = func(col string) string { return col + " @@ " + q }
		}
	} else {
		q := t.tsquery(arg)
		match = func(col string) string { return col + " @@ " + q }
	}
	var conds []string
	if t.cols&colTitle != 0 {
		conds = append(conds, match("a.tsv_title"))
	}
	if t.cols&colText != 0 {
		conds = append(conds, match("a.tsv_text"))
	}
	return "(" + strings.Join(conds, " OR ") + ")"
}

// tsquery returns the phrase's tsquery expression: each part's words
// follow each other (<->), a prefix part's last word as 'word':*, accents
// folded by dyad_fold and punctuation made a space (words), as in the
// indexed text.
func (t *textQuery) tsquery(arg func(any) string) string {
	var qs []string
	for _, pt := range t.parts {
		if !hasWord(pt.text) {
			continue
		}
		if !pt.prefix {
			qs = append(qs, "phraseto_tsquery('simple', "+words(arg(pt.text))+")")
			continue
		}
		end := len(pt.text)
		for end > 0 {
			r, n := utf8.DecodeLastRuneInString(pt.text[:end])
			if isWordRune(r) {
				break
			}
			end -= n
		}
		start := end
		for start > 0 {
			r, n := utf8.DecodeLastRuneInString(pt.text[:start])
			if !isWordRune(r) {
				break
			}
			start -= n
		}
		if hasWord(pt.text[:start]) {
			qs = append(qs, "phraseto_tsquery('simple', "+words(arg(pt.text[:start]))+")")
		}
		qs = append(qs, "to_tsquery('simple', dyad_fold("+arg("'"+strings.ToLower(pt.text[start:end])+"':*")+"))")
	}
	q := qs[0]
	for _, next := range qs[1:] {
		q = "tsquery_phrase(" + q + ", " + next + ")"
	}
	return q
}

// isWordRune reports whether r belongs to a word of the indexed text: a
// letter, a number or a private-use character, the token characters of
// SQLite's unicode61 tokenizer.
// words is the SQL expression of the text x (an SQL expression) as the
// stored articles' text is indexed (schema version 8): accents folded
// (dyad_fold), every run of punctuation a space, so that PostgreSQL's
// parser splits words as FTS5's unicode61 tokenizer does
// ("UN-recognised" is "un" and "recognised").
func words(x string) string {
	return "regexp_replace(dyad_fold(" + x + "), '[[:punct:]]+', ' ', 'g')"
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r)
}

func hasWord(s string) bool { return strings.IndexFunc(s, isWordRune) >= 0 }

// and, or and not combine two queries as FTS5 does when one of them is
// nothing: nothing AND x is nothing, nothing OR x is x, x NOT nothing is
// x.
func and(l, r *textQuery) *textQuery {
	if l == none || r == none {
		return none
	}
	return &textQuery{op: "AND", left: l, right: r}
}

func or(l, r *textQuery) *textQuery {
	switch {
	case l == none:
		return r
	case r == none:
		return l
	}
	return &textQuery{op: "OR", left: l, right: r}
}

func not(l, r *textQuery) *textQuery {
	switch {
	case l == none:
		return none
	case r == none:
		return l
	}
	return &textQuery{op: "NOT", left: l, right: r}
}

type textToken struct {
	kind string // "word", "string", or the operator or punctuation itself
	text string // the word or the unquoted string
}

type textParser struct {
	src  string
	toks []textToken
	pos  int
}

// isBareRune reports whether r may appear in an unquoted FTS5 word.
func isBareRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == 0x1a || r >= 0x80
}

func (p *textParser) lex() error {
	s := p.src
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r': // FTS5's whitespace (not \f, \v)
			i += n
		case r == '"':
			var b strings.Builder
			j := i + 1
			for {
				k := strings.IndexByte(s[j:], '"')
				if k < 0 {
					return fmt.Errorf("unterminated string")
				}
				b.WriteString(s[j : j+k])
				j += k + 1
				if j < len(s) && s[j] == '"' { // "" is a quote
					b.WriteByte('"')
					j++
					continue
				}
				break
			}
			p.toks = append(p.toks, textToken{"string", b.String()})
			i = j
		case isBareRune(r):
			j := i
			for j < len(s) {
				r, n := utf8.DecodeRuneInString(s[j:])
				if !isBareRune(r) {
					break
				}
				j += n
			}
			w := s[i:j]
			kind := "word"
			if w == "AND" || w == "OR" || w == "NOT" {
				kind = w
			}
			p.toks = append(p.toks, textToken{kind, w})
			i = j
		case strings.ContainsRune("()*+:{}-,", r):
			p.toks = append(p.toks, textToken{string(r), string(r)})
			i += n
		case r == '^':
			return unsupportedError("initial-token queries (^)")
		default:
			return fmt.Errorf("syntax error near %q (quote it)", string(r))
		}
	}
	return nil
}

func (p *textParser) peek() string { return p.peekAt(0) }

func (p *textParser) peekAt(k int) string {
	if p.pos+k < len(p.toks) {
		return p.toks[p.pos+k].kind
	}
	return ""
}

func (p *textParser) errNear() error {
	if p.pos >= len(p.toks) {
		return fmt.Errorf("syntax error at the end")
	}
	return fmt.Errorf("syntax error near %q", p.toks[p.pos].text)
}

func (p *textParser) binary(op string, combine func(l, r *textQuery) *textQuery, next func(int) (*textQuery, error), cols int) (*textQuery, error) {
	t, err := next(cols)
	if err != nil {
		return nil, err
	}
	for p.peek() == op {
		p.pos++
		r, err := next(cols)
		if err != nil {
			return nil, err
		}
		t = combine(t, r)
	}
	return t, nil
}

func (p *textParser) or(cols int) (*textQuery, error) { return p.binary("OR", or, p.and, cols) }

func (p *textParser) and(cols int) (*textQuery, error) { return p.binary("AND", and, p.not, cols) }

func (p *textParser) not(cols int) (*textQuery, error) { return p.binary("NOT", not, p.primary, cols) }

// primary is a parenthesised query (optionally after a column filter) or
// one or more phrases (implicit AND, phrases without words left out); as
// in FTS5, a parenthesised query takes no implicit AND.
func (p *textParser) primary(cols int) (*textQuery, error) {
	start := p.pos
	if p.peek() != "(" {
		c, ok, err := p.colset()
		if err != nil {
			return nil, err
		}
		if ok && p.peek() == "(" {
			cols &= c
		} else {
			p.pos = start
		}
	}
	if p.peek() == "(" {
		p.pos++
		t, err := p.or(cols)
		if err != nil {
			return nil, err
		}
		if p.peek() != ")" {
			return nil, p.errNear()
		}
		p.pos++
		if k := p.peek(); k != "" && k != ")" && k != "AND" && k != "OR" && k != "NOT" {
			return nil, p.errNear()
		}
		return t, nil
	}
	var t *textQuery
	empty := true
	for k := p.peek(); k == "word" || k == "string" || k == "-" || k == "{"; k = p.peek() {
		r, err := p.cnearset(cols)
		if err != nil {
			return nil, err
		}
		switch {
		case r == none:
		case t == nil:
			t = r
		default:
			t = &textQuery{op: "AND", left: t, right: r}
		}
		empty = false
	}
	if empty {
		return nil, p.errNear()
	}
	if p.peek() == "(" {
		return nil, p.errNear()
	}
	if t == nil {
		return none, nil
	}
	return t, nil
}

// colset reads a column filter and its colon ("title:", "-title:",
// "{title text}:"), returning its columns and whether there was one; it
// consumes nothing when there is none. An unknown column is an error.
func (p *textParser) colset() (int, bool, error) {
	start := p.pos
	neg := false
	if p.peek() == "-" {
		neg = true
		p.pos++
	}
	var names []string
	switch p.peek() {
	case "word", "string":
		if p.peekAt(1) != ":" {
			if neg {
				return 0, false, p.errNear()
			}
			return 0, false, nil
		}
		names = append(names, p.toks[p.pos].text)
		p.pos++
	case "{":
		p.pos++
		for k := p.peek(); k == "word" || k == "string"; k = p.peek() {
			names = append(names, p.toks[p.pos].text)
			p.pos++
		}
		if len(names) == 0 || p.peek() != "}" {
			return 0, false, p.errNear()
		}
		p.pos++
		if p.peek() != ":" {
			return 0, false, p.errNear()
		}
	default:
		if neg {
			return 0, false, p.errNear()
		}
		p.pos = start
		return 0, false, nil
	}
	p.pos++ // the colon
	cols := 0
	for _, n := range names {
		b, ok := columnBits[strings.ToLower(n)]
		if !ok {
			return 0, false, fmt.Errorf("no such column: %s (want title, text or article_id)", n)
		}
		cols |= b
	}
	if neg {
		cols = colAll &^ cols
	}
	return cols, true, nil
}

// cnearset reads one phrase or NEAR group, optionally after a column
// filter.
func (p *textParser) cnearset(cols int) (*textQuery, error) {
	c, ok, err := p.colset()
	if err != nil {
		return nil, err
	}
	if ok {
		cols &= c
	}
	if p.peek() == "word" && p.toks[p.pos].text == "NEAR" && p.peekAt(1) == "(" {
		return p.near(cols)
	}
	return p.phrase(cols)
}

// near reads a NEAR group: NEAR(phrase phrase [, N]), N tokens at most
// between the phrases (10 when absent). Phrases without words are left
// out, as FTS5 does; a group of one phrase is that phrase. Groups of more
// than two phrases, and distances from maxNear+1 to maxPosition-1, are
// unsupported.
func (p *textParser) near(cols int) (*textQuery, error) {
	p.pos += 2 // NEAR (
	var phrases []*textQuery
	read := 0
	for k := p.peek(); k == "word" || k == "string"; k = p.peek() {
		t, err := p.phrase(cols)
		if err != nil {
			return nil, err
		}
		read++
		if t != none {
			phrases = append(phrases, t)
		}
	}
	if read == 0 {
		return nil, p.errNear()
	}
	dist := 10
	if p.peek() == "," {
		p.pos++
		if p.peek() != "word" {
			return nil, p.errNear()
		}
		w := p.toks[p.pos].text
		if strings.Trim(w, "0123456789") != "" {
			return nil, fmt.Errorf("NEAR distance %q: expected an integer", w)
		}
		dist = maxPosition
		if len(w) < 6 {
			fmt.Sscan(w, &dist)
		}
		p.pos++
	}
	if p.peek() != ")" {
		return nil, p.errNear()
	}
	p.pos++
	switch {
	case len(phrases) > 2:
		return nil, unsupportedError("NEAR groups of more than two phrases")
	case dist > maxNear && dist < maxPosition:
		return nil, unsupportedError(fmt.Sprintf("NEAR distances from %d to %d", maxNear+1, maxPosition-1))
	case len(phrases) == 0:
		return none, nil
	case len(phrases) == 1:
		return phrases[0], nil
	}
	return &textQuery{op: "NEAR", left: phrases[0], right: phrases[1], cols: cols, dist: dist}, nil
}

// phrase reads a word or string with an optional '*', joined to more by
// '+'. A phrase without words is nothing.
func (p *textParser) phrase(cols int) (*textQuery, error) {
	t := &textQuery{cols: cols}
	for {
		k := p.peek()
		if k != "word" && k != "string" {
			return nil, p.errNear()
		}
		pt := phrasePart{text: p.toks[p.pos].text}
		p.pos++
		if p.peek() == "*" {
			pt.prefix = true
			p.pos++
		}
		t.parts = append(t.parts, pt)
		if p.peek() != "+" {
			break
		}
		p.pos++
	}
	for _, pt := range t.parts {
		if hasWord(pt.text) {
			return t, nil
		}
	}
	return none, nil
}
