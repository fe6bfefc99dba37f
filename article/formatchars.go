package article

// Format characters (Unicode category Cf) are invisible: the byte order
// mark or zero-width no-break space (U+FEFF), the zero-width space
// (U+200B), the zero-width joiner and non-joiner (U+200D, U+200C), the
// word joiner (U+2060), the soft hyphen (U+00AD), the direction marks.
// Pages write them as characters or as character references
// ("&#65279;", "&#xFEFF;", "&#8203;", "&shy;"), which the HTML parser
// decodes after the stray byte order marks are dropped, and text and
// JSON Lines carry them too. Left in a paragraph they split a word the
// dictionaries know ("Khar\u00adkiv", "\u200bNairobi": no place, no
// actor, or no event) and stand in evidence.text unseen, where the spans
// count their bytes. Every reader's paragraphs go through clean, which
// drops them with the white space it collapses, so the stored text, the
// sentences and their spans are the text without them.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dropFormat returns s without its format characters (Cf), its other
// bytes as they are (invalid UTF-8 too).
func dropFormat(s string) string {
	var b strings.Builder
	last := 0 // s[last:i] is still to copy
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.Is(unicode.Cf, r) {
			if b.Len() == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[last:i])
			last = i + w
		}
		i += w
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// Clean is the text normalisation every reader gives a paragraph (and a
// title, a source, a dateline): format characters dropped, runs of white
// space (no-break spaces too) collapsed to one space, the ends trimmed.
// The feed reader uses it for its items.
func Clean(s string) string { return clean(s) }
