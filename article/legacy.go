package article

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"

	"github.com/dyad-events/dyad/internal/textdata"
)

// LegacyText decodes data, a plain text file that is not UTF-8, as
// Windows-1252 (the superset of Latin-1 that an HTML page declaring no
// charset is read in) and reports true when it reads as one: it is not
// valid UTF-8, holds no valid UTF-8 sequence of two or more bytes (a
// UTF-8 file with one stray byte is not guessed at: it stays an error
// naming the byte), no NUL byte and no UTF-16 byte order mark, and is
// neither markup nor JSON Lines.
// Otherwise it returns data and false. dyad ingest reads so the text
// files it finds in a folder (a crawl saved in Latin-1); a text file
// named on the command line must be UTF-8.
func LegacyText(data []byte) ([]byte, bool) {
	if utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 || textdata.HasUTF16BOM(data) || detect(data) != "text" {
		// (a UTF-16 byte order mark before no NUL byte: an empty UTF-16
		// file, or one of a script whose code units have none, is
		// UTF-16, which Read decodes, not "ÿþ" and Windows-1252)
		return data, false
	}
	if hasMultibyte(data) {
		return data, false // UTF-8 with a bad byte, not a legacy charset
	}
	out, _, err := transform.Bytes(charmap.Windows1252.NewDecoder(), data)
	if err != nil || !utf8.Valid(out) {
		return data, false
	}
	return out, true
}

// hasMultibyte reports whether data holds a valid UTF-8 sequence of two
// or more bytes (text written in UTF-8, whatever bad bytes it also holds).
func hasMultibyte(data []byte) bool {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if n > 1 && r != utf8.RuneError {
			return true
		}
		i += n
	}
	return false
}

// RepairUTF8 returns data, text meant as UTF-8 (declared so, or declaring
// nothing), as valid UTF-8, and reports true when it read it as
// Windows-1252 instead. A trailing character cut off mid-sequence (a
// download stopped inside it) is dropped; if the rest is valid it is
// returned. Text holding no valid multi-byte UTF-8 sequence is decoded as
// Windows-1252 (a Latin-1 file labelled UTF-8: "caf\xe9" → "café"), as
// LegacyText does. Otherwise the text is UTF-8 with stray bytes: each run
// of invalid bytes becomes U+FFFD and the rest is kept
// ("C\xc3\xb4te \x92" → "Côte \uFFFD"). It never fails.
func RepairUTF8(data []byte) ([]byte, bool) {
	if utf8.Valid(data) {
		return data, false
	}
	if cut := dropCutRune(data); len(cut) < len(data) && utf8.Valid(cut) {
		return cut, false
	}
	if !hasMultibyte(data) {
		if out, _, err := transform.Bytes(charmap.Windows1252.NewDecoder(), data); err == nil && utf8.Valid(out) {
			return out, true
		}
	}
	return bytes.ToValidUTF8(dropCutRune(data), []byte("\uFFFD")), false
}
