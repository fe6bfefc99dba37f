// Input names: a file name may hold control characters (a newline, a
// tab, ESC), which split a message's line or drive the terminal, and
// break a TSV row where the name stands for the article's source.

package article

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// InputName is how messages and articles (Article.Input) name the input
// s, a path or what the user typed: s itself, or s quoted as a Go string
// ("\"news/a\\nb.txt\"", strconv.Quote) when it holds a control
// character (C0, DEL, C1), a bidirectional override or isolate, or bytes
// that are not UTF-8. A name quoted so is on one line, and copied from
// the message into a shell as $'…' it names the file again.
func InputName(s string) string {
	if !utf8.ValidString(s) || strings.IndexFunc(s, needsQuote) >= 0 {
		return strconv.Quote(s)
	}
	return s
}

// needsQuote reports a character that InputName quotes.
func needsQuote(r rune) bool {
	return unicode.IsControl(r) || 0x202a <= r && r <= 0x202e || 0x2066 <= r && r <= 0x2069
}
