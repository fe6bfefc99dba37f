package postgres

// Filter.Text on PostgreSQL: the SQLite FTS5 query syntax that the sqlite
// package takes, translated into PostgreSQL's own text search over the
// articles' tsv column, so that one query means the same in both stores.

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// textQuery is a parsed full-text query: a phrase (leaf) or an operator
// over two queries.
type textQuery struct {
	op          string // "" (phrase), "AND", "OR" or "NOT"
	left, right *textQuery
	phrase      string // the phrase's text, tokenized by PostgreSQL
	prefix      bool   // the phrase's last word is a prefix (word*)
}

// parseText parses q in the subset of the SQLite FTS5 query syntax that
// dyad supports on PostgreSQL, with FTS5's grammar and precedence:
//
//	word  "a phrase"  word*  "a phr"*  one + two (a phrase)
//	a b (implicit AND between phrases)  a AND b  a OR b  a NOT b  ( … )
//
// NOT binds tighter than AND, AND tighter than OR; all are left
// associative. Words are runs of ASCII letters and digits, '_' and
// non-ASCII characters; other characters must be quoted. Column filters
// (title:), initial-token queries (^word) and NEAR groups are rejected as
// unsupported. Errors name q and what is wrong.
func parseText(q string) (*textQuery, error) {
	p := &textParser{src: q}
	if err := p.lex(); err != nil {
		return nil, fmt.Errorf("text query %q: %w", q, err)
	}
	if len(p.toks) == 0 {
		return nil, fmt.Errorf("text query %q: empty", q)
	}
	t, err := p.or()
	if err == nil && p.pos < len(p.toks) {
		err = fmt.Errorf("syntax error near %q", p.toks[p.pos].text)
	}
	if err != nil {
		return nil, fmt.Errorf("text query %q: %w", q, err)
	}
	return t, nil
}

// sql returns t as a PostgreSQL tsquery expression, each phrase a
// parameter added with arg (which returns its placeholder).
func (t *textQuery) sql(arg func(any) string) string {
	switch t.op {
	case "AND":
		return "(" + t.left.sql(arg) + " && " + t.right.sql(arg) + ")"
	case "OR":
		return "(" + t.left.sql(arg) + " || " + t.right.sql(arg) + ")"
	case "NOT":
		return "(" + t.left.sql(arg) + " && !!" + t.right.sql(arg) + ")"
	}
	if !t.prefix {
		return "phraseto_tsquery('simple', " + arg(t.phrase) + ")"
	}
	// The last word of the phrase as a prefix ('word':*), after the
	// phrase of the words before it.
	end := len(t.phrase)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(t.phrase[:end])
		if isWordRune(r) {
			break
		}
		end -= n
	}
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(t.phrase[:start])
		if !isWordRune(r) {
			break
		}
		start -= n
	}
	if start == end {
		return "phraseto_tsquery('simple', " + arg(t.phrase) + ")"
	}
	last := func() string {
		return "to_tsquery('simple', " + arg("'"+strings.ToLower(t.phrase[start:end])+"':*") + ")"
	}
	if strings.IndexFunc(t.phrase[:start], isWordRune) < 0 {
		return last()
	}
	head := "phraseto_tsquery('simple', " + arg(t.phrase[:start]) + ")"
	return "tsquery_phrase(" + head + ", " + last() + ")"
}

// isWordRune reports whether r belongs to a word of the indexed text
// (letters and digits, as SQLite's unicode61 tokenizer has them).
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

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
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v':
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
			} else if w == "NEAR" && strings.HasPrefix(strings.TrimLeft(s[j:], " \t\n\r"), "(") {
				return fmt.Errorf("NEAR groups are not supported on PostgreSQL")
			}
			p.toks = append(p.toks, textToken{kind, w})
			i = j
		case strings.ContainsRune("()*+", r):
			p.toks = append(p.toks, textToken{string(r), string(r)})
			i += n
		case strings.ContainsRune(":{}-", r):
			return fmt.Errorf("column filters (%q) are not supported on PostgreSQL", string(r))
		case r == '^':
			return fmt.Errorf("initial-token queries (^) are not supported on PostgreSQL")
		default:
			return fmt.Errorf("syntax error near %q (quote it)", string(r))
		}
	}
	return nil
}

func (p *textParser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos].kind
	}
	return ""
}

func (p *textParser) binary(op string, next func() (*textQuery, error)) (*textQuery, error) {
	t, err := next()
	if err != nil {
		return nil, err
	}
	for p.peek() == op {
		p.pos++
		r, err := next()
		if err != nil {
			return nil, err
		}
		t = &textQuery{op: op, left: t, right: r}
	}
	return t, nil
}

func (p *textParser) or() (*textQuery, error) { return p.binary("OR", p.and) }

func (p *textParser) and() (*textQuery, error) { return p.binary("AND", p.not) }

func (p *textParser) not() (*textQuery, error) { return p.binary("NOT", p.primary) }

// primary is a parenthesised query or one or more phrases (implicit AND);
// as in FTS5, a parenthesised query takes no implicit AND.
func (p *textParser) primary() (*textQuery, error) {
	if p.peek() == "(" {
		p.pos++
		t, err := p.or()
		if err != nil {
			return nil, err
		}
		if p.peek() != ")" {
			return nil, p.errNear()
		}
		p.pos++
		if k := p.peek(); k == "word" || k == "string" || k == "(" {
			return nil, p.errNear()
		}
		return t, nil
	}
	t, err := p.phrase()
	if err != nil {
		return nil, err
	}
	for k := p.peek(); k == "word" || k == "string"; k = p.peek() {
		r, err := p.phrase()
		if err != nil {
			return nil, err
		}
		t = &textQuery{op: "AND", left: t, right: r}
	}
	if p.peek() == "(" {
		return nil, p.errNear()
	}
	return t, nil
}

// phrase reads a word or string, optionally joined to more by '+', and
// an optional '*'.
func (p *textParser) phrase() (*textQuery, error) {
	var parts []string
	for {
		k := p.peek()
		if k != "word" && k != "string" {
			return nil, p.errNear()
		}
		parts = append(parts, p.toks[p.pos].text)
		p.pos++
		if p.peek() == "*" {
			p.pos++
			if p.peek() == "+" {
				return nil, p.errNear()
			}
			return &textQuery{phrase: strings.Join(parts, " "), prefix: true}, nil
		}
		if p.peek() != "+" {
			return &textQuery{phrase: strings.Join(parts, " ")}, nil
		}
		p.pos++
	}
}

func (p *textParser) errNear() error {
	if p.pos >= len(p.toks) {
		return fmt.Errorf("syntax error at the end")
	}
	return fmt.Errorf("syntax error near %q", p.toks[p.pos].text)
}
