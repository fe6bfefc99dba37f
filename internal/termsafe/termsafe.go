// Package termsafe makes text from the input safe to print on a terminal:
// an article, a file name or a JSON Lines record may hold control
// characters (ESC starts a terminal escape sequence that recolours, moves
// the cursor or retitles the window; BEL, backspace and carriage return
// rewrite what the reader sees), and dyad prints such text in its
// human-readable output (the table, --why, messages quoting the input).
//
// String and Writer replace every C0 control character other than tab and
// newline, DEL, every C1 control character (U+0080–U+009F) and the
// bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069,
// which reorder what follows them) with a Go-style escape: "\x1b",
// "\x7f", "\u009b", "\u202e". Other text, invalid UTF-8 included, is
// left as it is.
package termsafe

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// unsafe reports whether r is replaced by an escape.
func unsafe(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r < 0x20 || r == 0x7f:
		return true
	case 0x80 <= r && r <= 0x9f:
		return true
	case 0x202a <= r && r <= 0x202e, 0x2066 <= r && r <= 0x2069:
		return true
	}
	return false
}

// escape is r's escape: "\xHH" below U+0080, else "\uHHHH".
func escape(r rune) string {
	if r < 0x80 {
		return fmt.Sprintf(`\x%02x`, r)
	}
	return fmt.Sprintf(`\u%04x`, r)
}

// Needs reports whether s holds a character that String escapes.
func Needs(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if unsafe(rune(c)) {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError && unsafe(r) {
			return true
		}
		i += n
	}
	return false
}

// String returns s with its control characters, other than tab and
// newline, and bidirectional overrides escaped ("Russia\x01 attacked\x1b[31m"
// prints as the 31 characters `Russia\x01 attacked\x1b[31m`). s is returned
// as it is when it holds none.
func String(s string) string {
	if !Needs(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r != utf8.RuneError || n > 1) && unsafe(r) {
			b.WriteString(escape(r))
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// Line is String with tabs, carriage returns and newlines made spaces
// too: s on one line, for a table cell or a one-line message.
func Line(s string) string {
	if strings.ContainsAny(s, "\t\r\n") {
		s = strings.Map(func(r rune) rune {
			switch r {
			case '\t', '\r', '\n':
				return ' '
			}
			return r
		}, s)
	}
	return String(s)
}

// Writer returns a writer that escapes, as String does, what is written
// to w before writing it. Each Write is escaped on its own (a character
// split across two Writes is left as it is). Write reports len(p) written
// when w took all of the escaped bytes.
func Writer(w io.Writer) io.Writer {
	if _, ok := w.(*writer); ok {
		return w
	}
	return &writer{w: w}
}

// Unwrap returns the writer under a Writer, w itself when w is no
// Writer: a command's standard error as the os.File it wraps, for output
// that is dyad's own and must reach the terminal as written (the ingest
// progress line's "\r\x1b[K").
func Unwrap(w io.Writer) io.Writer {
	if t, ok := w.(*writer); ok {
		return t.w
	}
	return w
}

type writer struct{ w io.Writer }

func (t *writer) Write(p []byte) (int, error) {
	s := string(p)
	if !Needs(s) {
		return t.w.Write(p)
	}
	if _, err := io.WriteString(t.w, String(s)); err != nil {
		return 0, err
	}
	return len(p), nil
}
