package sentences

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// Tokenize splits a sentence into word and punctuation tokens with byte
// offsets into s. Words keep inner hyphens ("Keon-hee"), inner periods of
// abbreviations ("U.S.") and digits with separators ("2,400", "3.5"); the
// possessive "'s" and the clitic "n't" are tokens of their own; typographic
// quotes and apostrophes are normalised in Lower ("’s" → "'s"). A title
// abbreviation before a name keeps its period in Text and drops it in
// Lower ("Mr. Kim": one token, Lower "mr", as in "Mr Kim").
func Tokenize(s string) []dyad.Token {
	return TokenizeAppend(make([]dyad.Token, 0, len(s)/5+1), s)
}

// TokenizeAppend is Tokenize appending the tokens to toks (to reuse a
// buffer: TokenizeAppend(buf[:0], s)).
func TokenizeAppend(toks []dyad.Token, s string) []dyad.Token {
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == utf8.RuneError && w <= 1 {
			i += w
			continue
		}
		start := i
		switch {
		case isWordRune(r):
			i = scanWord(s, i)
			// split a trailing possessive or n't clitic
			word := s[start:i]
			if cut := possessiveCut(word); cut > 0 {
				toks = append(toks, mk(s, start, start+cut))
				toks = append(toks, mk(s, start+cut, i))
				continue
			}
			if titleDot(s, start, i) {
				// "Mr. Paddock", "Gen. Burhan": the title keeps its period
				// and reads as written without it ("Mr Paddock")
				t := mk(s, start, i+1)
				t.Lower = lower(word)
				toks = append(toks, t)
				i++
				continue
			}
		case r == '\'' || r == '’':
			// "'s" after a word ending in a quote-less form is handled above;
			// here a lone apostrophe or an opening quote.
			i += w
			if j := i; j < len(s) && (s[j] == 's' || s[j] == 'S') && (j+1 == len(s) || !isWordByte(s[j+1])) {
				i = j + 1
			}
		default:
			i += w
		}
		toks = append(toks, mk(s, start, i))
	}
	return toks
}

func mk(s string, a, b int) dyad.Token {
	t := s[a:b]
	return dyad.Token{Text: t, Start: a, End: b, Lower: lower(t)}
}

// lower lowercases and maps typographic quotes to ASCII ones.
func lower(t string) string {
	ascii := true
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			ascii = false
		}
	}
	if ascii {
		return t
	}
	var b strings.Builder
	b.Grow(len(t))
	if isASCII(t) {
		for i := 0; i < len(t); i++ {
			c := t[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
		return b.String()
	}
	for _, r := range t {
		switch r {
		case '’', '‘', '`':
			r = '\''
		case '“', '”':
			r = '"'
		case '–', '—':
			r = '-'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// scanWord returns the end of the word starting at i: letters and digits,
// joined by single inner hyphens, apostrophes, periods (U.S., 3.5) and
// digit group commas (2,400).
func scanWord(s string, i int) int {
	for i < len(s) {
		var r rune
		var w int
		if c := s[i]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				i++
				continue
			}
			r, w = rune(c), 1
		} else {
			r, w = utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += w
				continue
			}
		}
		// a joiner must be followed by a word rune
		if r == '-' || r == '\'' || r == '’' || r == '.' || r == ',' || r == '&' {
			if i+w < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[i+w:])
				if isWordRune(r2) {
					if r == ',' && !(isDigitBefore(s, i) && unicode.IsDigit(r2)) {
						break
					}
					if r == '.' && !(unicode.IsDigit(r2) && isDigitBefore(s, i) || isAbbrevDot(s, i)) {
						break
					}
					if r == '&' && !(isUpperBefore(s, i) && unicode.IsUpper(r2)) {
						break
					}
					i += w
					continue
				}
			}
			// an abbreviation's final period: "U.S." — a single letter before it
			// and a period two bytes back
			if r == '.' && isAbbrevDot(s, i) && i >= 2 && s[i-2] == '.' {
				i += w
			}
		}
		break
	}
	return i
}

// titleDot reports a title abbreviation s[a:b] ("Mr", "Gen", "Sen")
// whose period at b is followed by a space and a capitalised word, a name:
// "Mr. Paddock", "Gen. Abdel Fattah al-Burhan".
func titleDot(s string, a, b int) bool {
	if b >= len(s) || s[b] != '.' || b-a > 6 || abbreviations[lower(s[a:b])] != title {
		return false
	}
	j := b + 1
	if j >= len(s) || s[j] != ' ' {
		return false
	}
	for j < len(s) && s[j] == ' ' {
		j++
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return unicode.IsUpper(r)
}

func isDigitBefore(s string, i int) bool { return i > 0 && s[i-1] >= '0' && s[i-1] <= '9' }
func isUpperBefore(s string, i int) bool { return i > 0 && s[i-1] >= 'A' && s[i-1] <= 'Z' }

// isAbbrevDot reports whether the period at i follows a single letter that
// itself starts the token or follows another period (U.S., U.N., e.g.).
func isAbbrevDot(s string, i int) bool {
	if i < 1 || !(s[i-1] >= 'A' && s[i-1] <= 'Z' || s[i-1] >= 'a' && s[i-1] <= 'z') {
		return false
	}
	return i == 1 || !isWordByte(s[i-2])
}

// possessiveCut returns the byte length of the stem when word ends with a
// possessive 's (or ’s) or the clitic n't, else 0.
func possessiveCut(word string) int {
	n := len(word)
	switch {
	case n > 2 && (word[n-2] == '\'') && (word[n-1] == 's' || word[n-1] == 'S'):
		return n - 2
	case n > 4 && strings.HasSuffix(word, "’s"):
		return n - 4
	case n > 3 && strings.HasSuffix(word, "n't"):
		return n - 3
	case n > 5 && strings.HasSuffix(word, "n’t"):
		return n - 5
	}
	return 0
}
