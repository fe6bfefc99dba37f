// Package textdata tells text from data that is no text, for the
// readers of news inputs (article) and of dictionary files (actors), so
// that both say "binary data" and "UTF-16" of the same bytes.
package textdata

import (
	"bytes"
	"errors"
	"fmt"

	"golang.org/x/text/encoding/unicode"
)

// CheckBinary returns an error for data holding a NUL byte ("binary data
// (NUL byte at byte 7)", the byte's offset from 0) or whose first 8 KiB
// are more than 10% control characters other than white space and the
// ESC that opens a terminal's control sequence (ESC [: colored text;
// ESC ]: a title or a link): "binary data (mostly control characters)".
// It returns nil for text.
func CheckBinary(data []byte) error {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("binary data (NUL byte at byte %d)", i)
	}
	head := data[:min(len(data), 8192)]
	ctrl := 0
	for i, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && (c != 0x1b || i+1 >= len(head) || head[i+1] != '[' && head[i+1] != ']') {
			ctrl++
		}
	}
	if ctrl*10 > len(head) {
		return errors.New("binary data (mostly control characters)")
	}
	return nil
}

// BareUTF16 reports UTF-16 text without a byte order mark (saved so by
// some Windows tools), and its byte order: in its first 4 KiB (at least
// 8 bytes) every other byte is NUL, as in UTF-16 of Latin-script text,
// the high bytes at least 90 % NUL and the low bytes none; binary data
// and UTF-8 text (which has no NUL) do not look so.
func BareUTF16(data []byte) (unicode.Endianness, bool) {
	head := data[:min(len(data), 4096)&^1]
	if len(head) < 8 {
		return unicode.LittleEndian, false
	}
	var even, odd int // NUL bytes at even and at odd offsets
	for i := 0; i < len(head); i += 2 {
		if head[i] == 0 {
			even++
		}
		if head[i+1] == 0 {
			odd++
		}
	}
	units := len(head) / 2
	switch {
	case even == 0 && odd*10 >= units*9:
		return unicode.LittleEndian, true
	case odd == 0 && even*10 >= units*9:
		return unicode.BigEndian, true
	}
	return unicode.LittleEndian, false
}

// HasUTF16BOM reports whether data starts with a UTF-16 byte order mark,
// FF FE (little-endian) or FE FF (big-endian).
func HasUTF16BOM(data []byte) bool {
	return len(data) >= 2 && (data[0] == 0xff && data[1] == 0xfe || data[0] == 0xfe && data[1] == 0xff)
}
