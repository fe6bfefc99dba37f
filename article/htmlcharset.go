package article

// An HTML page's character set: decoding a page that is not UTF-8 by its
// declared charset, the warning for one that claims UTF-8 and is not, and a
// cut trailing rune.

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// toUTF8 decodes a page that is not valid UTF-8 using its declared charset
// (or a guess), best effort. A page that declares UTF-8 (declaresUTF8) is
// read as UTF-8 whatever its bytes, as browsers read it (WHATWG: a declared
// encoding wins): each invalid byte becomes U+FFFD ("caf\xe9" → "caf\uFFFD",
// not "café"; Read warns, utf8Warning) and a character cut off at the end
// is dropped. A page declaring nothing, or guessed as Windows-1252, is read
// by RepairUTF8: a page cut off inside a multibyte character loses that
// incomplete character, and a UTF-8 page with a stray byte keeps its UTF-8
// (the byte becomes U+FFFD); Windows-1252 is used only for a page holding
// no valid multi-byte UTF-8 sequence.
func toUTF8(data []byte) []byte {
	if utf8.Valid(data) {
		return data
	}
	if declaresUTF8(data) {
		return bytes.ToValidUTF8(dropCutRune(data), []byte("\uFFFD"))
	}
	enc, name, _ := charset.DetermineEncoding(data, "")
	if name != "utf-8" && name != "windows-1252" {
		if out, _, err := transform.Bytes(enc.NewDecoder(), data); err == nil && utf8.Valid(out) {
			return out
		}
	}
	out, _ := RepairUTF8(data)
	return out
}

// declaresUTF8 reports whether an HTML page declares UTF-8 in its first
// KiB: <meta charset="utf-8">, a <meta http-equiv="Content-Type"> with
// charset=utf-8 (or a label WHATWG maps to UTF-8). It is what
// charset.DetermineEncoding finds there with the page's non-ASCII bytes
// masked, so that its guess from the bytes (UTF-8 when they are valid)
// does not count as a declaration.
func declaresUTF8(data []byte) bool {
	head := bytes.Clone(data[:min(len(data), 1024)])
	for i, c := range head {
		if c >= 0x80 {
			head[i] = ' '
		}
	}
	_, name, _ := charset.DetermineEncoding(head, "")
	return name == "utf-8"
}

// utf8Warning is the warning for an HTML page, data after any byte order
// mark (skip bytes long, counted in the offsets; a UTF-8 byte order mark
// declares UTF-8 as WHATWG has it, over any <meta>), that declares UTF-8 and
// holds bytes that are not UTF-8 (a Latin-1 fragment pasted into a UTF-8
// template, a page saved in another charset): "12: declares UTF-8 but
// holds 2 bytes that are not UTF-8, the first 0xE9 at byte offset 1234
// (0-based): read as UTF-8, each as U+FFFD", the line of the first such
// byte before the colon, for the caller to put the input's name before.
// It is "" for a page that does not declare UTF-8, or is valid UTF-8 but
// for a character cut off at its end (a cut page says so itself).
func utf8Warning(data []byte, skip int) string {
	if utf8.Valid(data) || skip == 0 && !declaresUTF8(data) {
		return ""
	}
	data = dropCutRune(data)
	first, n := -1, 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			if first < 0 {
				first = i
			}
			n++
		}
		i += size
	}
	if first < 0 {
		return ""
	}
	bytesWord := "a byte that is not UTF-8, "
	if n > 1 {
		bytesWord = fmt.Sprintf("%d bytes that are not UTF-8, the first ", n)
	}
	return fmt.Sprintf("%d: declares UTF-8 but holds %s0x%02X at byte offset %d (0-based): read as UTF-8, each such byte as U+FFFD, as browsers do",
		bytes.Count(data[:first], []byte("\n"))+1, bytesWord, data[first], first+skip)
}

// dropCutRune returns data without a trailing incomplete UTF-8 sequence:
// a leading byte in its last three bytes followed by fewer continuation
// bytes than it announces. Other data is returned as it is.
func dropCutRune(data []byte) []byte {
	for i := len(data) - 1; i >= 0 && i >= len(data)-3; i-- {
		if c := data[i]; c&0xC0 != 0x80 { // not a continuation byte
			if c >= 0xC0 && !utf8.FullRune(data[i:]) {
				return data[:i]
			}
			return data
		}
	}
	return data
}

// dropStrayBOMs removes from an HTML page the byte order marks standing
// in its text: UTF-16's, 0xFF 0xFE and 0xFE 0xFF (a fragment saved as
// UTF-16 and pasted into the page, a CMS's join), bytes that are never
// UTF-8, which would make the whole page read as Windows-1252 and put "ÿþ"
// in a sentence, breaking its coding ("Russia shelled Kharkiv on Monday ÿþ
// officials said." gave no event); and UTF-8's, 0xEF 0xBB 0xBF (U+FEFF, a
// fragment saved with one), which is invisible but stayed in the
// sentence's text and shifted its spans by 3 bytes. It returns the page
// without them and a warning, "" when there were none: "3: a stray byte
// order mark (0xFF 0xFE) at byte offset 48 (0-based): dropped" ("2 stray
// byte order marks, the first 0xEF 0xBB 0xBF at …"), the line of the first
// before the colon, for the caller to put the input's name before; skip is
// the length of a byte order mark already taken off the page's start,
// counted in the offset. A page starting with one is UTF-16 or UTF-8,
// read before.
func dropStrayBOMs(data []byte, skip int) ([]byte, string) {
	first, firstLen, n := -1, 0, 0
	var out []byte
	for i := 0; i < len(data); i++ {
		k := 0 // the length of a byte order mark at i
		switch {
		case i+1 < len(data) && (data[i] == 0xFF && data[i+1] == 0xFE || data[i] == 0xFE && data[i+1] == 0xFF):
			k = 2
		case i+2 < len(data) && data[i] == 0xEF && data[i+1] == 0xBB && data[i+2] == 0xBF:
			k = 3
		}
		if k > 0 {
			if first < 0 {
				first, firstLen = i, k
				out = append(make([]byte, 0, len(data)), data[:i]...)
			}
			n++
			i += k - 1
			continue
		}
		if out != nil {
			out = append(out, data[i])
		}
	}
	if first < 0 {
		return data, ""
	}
	var hex []string
	for _, b := range data[first : first+firstLen] {
		hex = append(hex, fmt.Sprintf("0x%02X", b))
	}
	what := "a stray byte order mark (" + strings.Join(hex, " ") + ")"
	if n > 1 {
		what = fmt.Sprintf("%d stray byte order marks, the first %s", n, strings.Join(hex, " "))
	}
	return out, fmt.Sprintf("%d: %s at byte offset %d (0-based): dropped", bytes.Count(data[:first], []byte("\n"))+1, what, first+skip)
}
