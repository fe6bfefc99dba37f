// Package sentences splits an article's paragraphs into sentences and
// sentences into tokens with byte offsets, part-of-speech tags and lemmas.
//
// Everything is byte-level and allocation-light: no regular expressions,
// no external parser. Tags follow the Penn Treebank set, assigned by a
// closed-class lexicon, a verb lexicon (see Lexicon) and word-shape rules;
// they are good enough for shallow event coding (finding verbs, their
// auxiliaries, noun phrases and prepositions), not for general parsing.
package sentences

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// Split returns the article's title (index -1, when not empty) and body
// sentences, in order, each with its tokens tagged by lx (lx may be nil).
// Each holds all the tokens of the article at once; Each streams them.
func Split(a *dyad.Article, lx *Lexicon) []dyad.Sentence {
	var out []dyad.Sentence
	Each(a, lx, func(s *dyad.Sentence) { out = append(out, *s) })
	return out
}

// Each calls fn with the article's title (index -1, when not empty) and
// each body sentence in order, tokenised and tagged one at a time, so
// memory stays bounded by the longest sentence whatever the article's
// size. fn must not keep s.Tokens beyond the call if it wants that bound.
func Each(a *dyad.Article, lx *Lexicon, fn func(s *dyad.Sentence)) {
	each(a, lx, nil, fn)
}

// EachShared is Each with one token buffer shared by all the sentences:
// the next sentence overwrites s.Tokens, so fn must not keep s.Tokens (or
// a sub-slice of it) beyond the call; the tokens' strings may be kept. It
// allocates far less than Each. Buffer.Each also reuses the buffer from
// one article to the next.
func EachShared(a *dyad.Article, lx *Lexicon, fn func(s *dyad.Sentence)) {
	var b Buffer
	b.Each(a, lx, fn)
}

// Buffer holds the buffers that Buffer.Each reuses from sentence to
// sentence and from article to article. The zero value is ready to use;
// a Buffer must not be used by two goroutines at once.
type Buffer struct {
	toks  []dyad.Token
	sents []string
}

// Each is EachShared with b's buffers: s.Tokens is valid only during
// fn's call.
func (b *Buffer) Each(a *dyad.Article, lx *Lexicon, fn func(s *dyad.Sentence)) {
	each(a, lx, b, fn)
}

// each calls fn with a's sentences; with b nil each sentence has tokens
// of its own, else they share b's buffer.
func each(a *dyad.Article, lx *Lexicon, b *Buffer, fn func(s *dyad.Sentence)) {
	tokens := func(s string) []dyad.Token {
		if b == nil {
			return Tag(Tokenize(s), lx)
		}
		b.toks = Tag(TokenizeAppend(b.toks[:0], s), lx)
		return b.toks
	}
	if t := strings.TrimSpace(a.Title); t != "" {
		fn(&dyad.Sentence{Index: -1, Paragraph: -1, Text: t, Tokens: tokens(t)})
	}
	n := 0
	var sents []string
	if b != nil {
		sents = b.sents
	}
	for p, para := range a.Body {
		sents = splitText(sents[:0], para)
		for _, s := range sents {
			fn(&dyad.Sentence{Index: n, Paragraph: p, Text: s, Tokens: tokens(s)})
			n++
		}
	}
	if b != nil {
		clear(sents) // keep none of the article's text alive
		clear(b.toks)
		b.sents = sents
	}
}

// MaxSentence is the longest sentence in bytes that SplitText returns: a
// longer run of text with no sentence end (a scraped list, a table, a
// 50 MB line) is cut at the last comma, semicolon or space before it, so
// coding time stays linear in the input.
const MaxSentence = 1500

// abbreviations that end with a period without ending a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true,
	"col": true, "maj": true, "capt": true, "sgt": true, "adm": true, "gov": true, "sen": true,
	"rep": true, "st": true, "jr": true, "sr": true, "no": true, "vs": true, "etc": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "inc": true, "corp": true,
	"co": true, "ltd": true, "u.s": true, "u.k": true, "u.n": true, "e.g": true, "i.e": true,
	"pres": true, "rev": true, "hon": true, "mt": true, "ft": true, "approx": true,
}

// SplitText splits one paragraph into sentences. A sentence ends at '.',
// '!' or '?' (with any closing quotes or brackets) followed by white space
// and an upper-case letter, a digit or an opening quote; abbreviations
// ("Mr.", "U.S.", "Jan.") and initials ("J. Smith") do not end one.
// Returned sentences are trimmed of surrounding white space.
func SplitText(p string) []string {
	return splitText(nil, p)
}

// splitText is SplitText appending to out.
func splitText(out []string, p string) []string {
	start := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(p) && (p[j] == '"' || p[j] == '\'' || p[j] == ')' || p[j] == ']' || p[j] == '.') {
			j++
		}
		// typographic closing quotes ” ’ (3 bytes each)
		for j+2 < len(p) && p[j] == 0xE2 && p[j+1] == 0x80 && (p[j+2] == 0x9D || p[j+2] == 0x99) {
			j += 3
		}
		if j >= len(p) {
			break
		}
		if p[j] != ' ' && p[j] != '\n' && p[j] != '\t' {
			continue
		}
		k := j
		for k < len(p) && (p[k] == ' ' || p[k] == '\n' || p[k] == '\t') {
			k++
		}
		if k >= len(p) {
			break
		}
		r, _ := utf8.DecodeRuneInString(p[k:])
		if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '\'' || r == '“' || r == '‘' || r == '(') {
			continue
		}
		if c == '.' && isAbbrev(p[start:i]) {
			continue
		}
		if s := strings.TrimSpace(p[start:j]); s != "" {
			out = append(out, s)
		}
		start = k
		i = k - 1
	}
	if s := strings.TrimSpace(p[start:]); s != "" {
		out = append(out, s)
	}
	for i := 0; i < len(out); i++ {
		if len(out[i]) > MaxSentence {
			head, tail := cut(out[i])
			out[i] = head
			out = append(out[:i+1], append([]string{tail}, out[i+1:]...)...)
		}
	}
	return out
}

// cut splits an over-long sentence at the last ';', ',' or space before
// MaxSentence (or at a rune boundary when there is none).
func cut(s string) (string, string) {
	k := -1
	for _, sep := range []string{"; ", ", ", " "} {
		if k = strings.LastIndex(s[:MaxSentence], sep); k > MaxSentence/2 {
			break
		}
	}
	if k <= 0 {
		k = MaxSentence
		for k > 0 && !utf8.RuneStart(s[k]) {
			k--
		}
	}
	return strings.TrimSpace(s[:k+1]), strings.TrimSpace(s[k+1:])
}

// isAbbrev reports whether the text before a period ends with an
// abbreviation or a single-letter initial.
func isAbbrev(before string) bool {
	k := len(before)
	for k > 0 && before[k-1] != ' ' && before[k-1] != '(' && before[k-1] != '"' {
		k--
	}
	w := strings.ToLower(before[k:])
	if w == "" {
		return false
	}
	if len(w) == 1 && w[0] >= 'a' && w[0] <= 'z' {
		return true // an initial: "J. Smith"
	}
	return abbreviations[w]
}
