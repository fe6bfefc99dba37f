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
	each(a, lx, nil, always(fn))
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
	each(a, lx, b, always(fn))
}

// EachWhile is Buffer.Each stopping as soon as fn returns false: no
// later sentence is split, tokenized or passed to fn. It reports whether
// fn saw all of a's sentences (fn never returned false). A caller that
// may be cancelled checks its context in fn, so that a 20 MB article
// stops within a sentence's work.
func (b *Buffer) EachWhile(a *dyad.Article, lx *Lexicon, fn func(s *dyad.Sentence) bool) bool {
	return each(a, lx, b, fn)
}

// always is fn as an EachWhile callback that never stops.
func always(fn func(s *dyad.Sentence)) func(s *dyad.Sentence) bool {
	return func(s *dyad.Sentence) bool { fn(s); return true }
}

// each calls fn with a's sentences until fn returns false, reporting
// whether it never did; with b nil each sentence has tokens of its own,
// else they share b's buffer.
func each(a *dyad.Article, lx *Lexicon, b *Buffer, fn func(s *dyad.Sentence) bool) bool {
	tokens := func(s string) []dyad.Token {
		if b == nil {
			return Tag(Tokenize(s), lx)
		}
		b.toks = Tag(TokenizeAppend(b.toks[:0], s), lx)
		return b.toks
	}
	var sents []string
	if b != nil {
		sents = b.sents
		defer func() {
			clear(sents) // keep none of the article's text alive
			clear(b.toks)
			b.sents = sents
		}()
	}
	if t := strings.TrimSpace(a.Title); t != "" {
		if !fn(&dyad.Sentence{Index: -1, Paragraph: -1, Text: t, Tokens: tokens(t)}) {
			return false
		}
	}
	n := 0
	for p, para := range a.Body {
		sents = splitText(sents[:0], para)
		for _, s := range sents {
			if !fn(&dyad.Sentence{Index: n, Paragraph: p, Text: s, Tokens: tokens(s)}) {
				return false
			}
			n++
		}
	}
	return true
}

// MaxSentence is the longest sentence in bytes that SplitText returns: a
// longer run of text with no sentence end (a scraped list, a table, a
// 50 MB line) is cut at the last comma, semicolon or space before it, so
// coding time stays linear in the input.
const MaxSentence = 1500

// abbrevKind says what follows an abbreviation written with a period, and
// so when the period also ends the sentence.
type abbrevKind uint8

const (
	// title: a title or rank before a name ("Gen.", "Sen.", "Mr."); its
	// period never ends a sentence.
	title abbrevKind = iota + 1
	// numbered: a word before a number ("No. 5", "Nov. 13"); its period
	// ends the sentence unless a digit follows.
	numbered
	// short: an abbreviation that may close a sentence ("Inc.", "Jr.",
	// "etc.", "a.m."), as initials ("P. W.", "K.P.") and dotted
	// abbreviations ("U.S.") may; its period ends the sentence only before
	// a word that opens one ("… in the U.S. The next day …"), not before
	// a name ("K.P. Sharma Oli", "U.S. President").
	short
)

// abbreviations that end with a period, lower case, by kind. Single
// letters and dotted abbreviations ("u.s", "k.p", "p.m") are short.
var abbreviations = map[string]abbrevKind{
	"mr": title, "mrs": title, "ms": title, "messrs": title, "dr": title, "drs": title, "prof": title,
	"gen": title, "gens": title, "lt": title, "col": title, "maj": title, "capt": title, "cpt": title,
	"sgt": title, "cpl": title, "pvt": title, "adm": title, "cmdr": title, "cdr": title, "brig": title,
	"gov": title, "sen": title, "sens": title, "rep": title, "reps": title, "pres": title, "rev": title,
	"hon": title, "supt": title, "insp": title, "det": title,
	"no": numbered, "nos": numbered, "vol": numbered, "jan": numbered, "feb": numbered, "mar": numbered,
	"apr": numbered, "jun": numbered, "jul": numbered, "aug": numbered, "sep": numbered, "sept": numbered,
	"oct": numbered, "nov": numbered, "dec": numbered,
	"jr": short, "sr": short, "st": short, "mt": short, "ft": short, "vs": short, "etc": short, "al": short,
	"inc": short, "corp": short, "co": short, "ltd": short, "bros": short, "approx": short, "ave": short,
	"dept": short,
}

// openers are the capitalised words that open a sentence (articles,
// pronouns, determiners, prepositions, conjunctions and adverbs that begin
// one; the commonest first words of the corpora's sentences that are no
// name): after a short abbreviation or an initial, such a word starts a
// new sentence. "And", "To" and verbs are left out: old wire copy
// capitalises any word after "U.S." ("the U.S. And Japan").
var openers = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "I": true, "We": true,
	"They": true, "You": true, "This": true, "That": true, "These": true, "Those": true, "There": true,
	"His": true, "Her": true, "Its": true, "Their": true, "Our": true, "My": true, "But": true,
	"However": true, "In": true, "On": true, "At": true, "For": true, "With": true, "By": true,
	"From": true, "After": true, "Before": true, "When": true, "While": true, "If": true, "As": true,
	"Since": true, "Although": true, "Though": true, "Despite": true, "During": true, "Under": true,
	"Among": true, "Meanwhile": true, "Earlier": true, "Later": true, "Last": true, "Then": true,
	"Now": true, "Yet": true, "So": true, "Some": true, "Many": true, "Most": true, "Both": true,
	"All": true, "Another": true, "Such": true, "Several": true, "Each": true, "Every": true,
	"Any": true, "No": true, "What": true, "How": true, "Why": true, "Who": true, "Where": true,
	"According": true, "Asked": true, "Even": true, "Only": true, "Instead": true, "Once": true,
}

// SplitText splits one paragraph into sentences. A sentence ends at '.',
// '!' or '?' (with any closing quotes or brackets) followed by white space
// and an upper-case letter, a digit or an opening quote. After an
// abbreviation or an initial the period ends one only as the
// abbreviation's kind allows (abbrevKind): never after a title ("Gen.
// Smith"), unless a digit follows a numbered word ("No. 5", "Jan. 5"),
// and after an initial, a dotted abbreviation or another short one only
// before a word that opens a sentence ("K.P. Sharma Oli", "U.S.
// President", but "… in the U.S. The next day …"). Returned sentences
// are trimmed of surrounding white space.
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
		if c == '.' && !endsAfterAbbrev(p[start:i], p[k:]) {
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
			if tail != "" {
				out = append(out[:i+1], append([]string{tail}, out[i+1:]...)...)
			}
		}
	}
	return out
}

// cut splits an over-long sentence at the last ';', ',' or space before
// MaxSentence, or, when there is none, at the last rune start at or before
// MaxSentence bytes: the head is at most MaxSentence bytes and both parts
// are valid UTF-8 when s is; the tail may be empty.
func cut(s string) (string, string) {
	k := -1
	for _, sep := range []string{"; ", ", ", " "} {
		if k = strings.LastIndex(s[:MaxSentence], sep); k > MaxSentence/2 {
			break
		}
	}
	if k <= 0 {
		// no separator: cut before the rune that would cross the limit
		k = MaxSentence
		for k > 0 && !utf8.RuneStart(s[k]) {
			k--
		}
		return strings.TrimSpace(s[:k]), strings.TrimSpace(s[k:])
	}
	return strings.TrimSpace(s[:k+1]), strings.TrimSpace(s[k+1:])
}

// endsAfterAbbrev reports whether a period ends the sentence, given the
// text before it and the text after the white space that follows it:
// always, unless the word before is an abbreviation or an initial; then by
// the abbreviation's kind (abbrevKind).
func endsAfterAbbrev(before, after string) bool {
	k := len(before)
	for k > 0 && len(before)-k <= 8 && (isASCIILetter(before[k-1]) || before[k-1] == '.') {
		k--
	}
	w := before[k:]
	if w == "" || w[0] == '.' || len(w) > 8 { // (no abbreviation is longer)
		return true
	}
	if k > 0 {
		// the word stands alone or after an opening quote or bracket, or
		// a hyphen ("Lt.-Col."); not after a digit ("50m."), an
		// apostrophe ("wouldn’t.") or a letter beyond ASCII ("Zoë.")
		switch c := before[k-1]; {
		case c == ' ' || c == '\n' || c == '\t' || c == '(' || c == '"' || c == '-':
		case strings.HasSuffix(before[:k], "“") || strings.HasSuffix(before[:k], "‘"):
		default:
			return true
		}
	}
	var kind abbrevKind
	switch {
	case len(w) == 1:
		kind = short // an initial: "J. Smith", "P. W. Botha"
	case strings.IndexByte(w, '.') >= 0:
		if !dotted(w) {
			return true
		}
		kind = short // "U.S.", "K.P.", "p.m.", "Ph.D."
	default:
		var low [8]byte
		for i := 0; i < len(w); i++ {
			low[i] = w[i] | 0x20 // ASCII letters only
		}
		kind = abbreviations[string(low[:len(w)])]
	}
	switch kind {
	case title:
		return false
	case numbered:
		return after == "" || !('0' <= after[0] && after[0] <= '9')
	case short:
		return opensSentence(after)
	}
	return true
}

// dotted reports whether w (the letters and periods before a final period)
// is a dotted abbreviation: parts of one or two letters ("U.S", "k.p",
// "Ph.D"), not a web address ("bbc.co.uk").
func dotted(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] != '.' {
			n++
			continue
		}
		if n == 0 || n > 2 {
			return false
		}
		n = 0
	}
	return n > 0 && n <= 2
}

// opensSentence reports whether s begins (after any opening quotes or
// bracket) with a word of openers, whole ("The", "It's"; not "A-10",
// "In-Q-Tel", "A.").
func opensSentence(s string) bool {
	for {
		switch {
		case s != "" && (s[0] == '"' || s[0] == '\'' || s[0] == '('):
			s = s[1:]
			continue
		case strings.HasPrefix(s, "“") || strings.HasPrefix(s, "‘"):
			s = s[len("“"):]
			continue
		}
		break
	}
	n := 0
	for n < len(s) && isASCIILetter(s[n]) {
		n++
	}
	if n == 0 || n < len(s) && (s[n] == '-' || s[n] == '.' || s[n] >= utf8.RuneSelf && s[n] != 0xE2) {
		return false // (0xE2 opens ’ and ”)
	}
	return openers[s[:n]]
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
