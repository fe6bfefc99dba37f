package article

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

// LegacyText decodes data, a plain text file that is not UTF-8, as
// Windows-1252 (the superset of Latin-1 that an HTML page declaring no
// charset is read in) and reports true when it reads as one: it is not
// valid UTF-8, holds no valid UTF-8 sequence of two or more bytes (a
// UTF-8 file with one stray byte is not guessed at: it stays an error
// naming the byte), no NUL byte, and is neither markup nor JSON Lines.
// Otherwise it returns data and false. dyad ingest reads so the text
// files it finds in a folder (a crawl saved in Latin-1); a text file
// named on the command line must be UTF-8.
func LegacyText(data []byte) ([]byte, bool) {
	if utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 || detect(data) != "text" {
		return data, false
	}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if n > 1 && r != utf8.RuneError {
			return data, false // UTF-8 with a bad byte, not a legacy charset
		}
		i += n
	}
	out, _, err := transform.Bytes(charmap.Windows1252.NewDecoder(), data)
	if err != nil || !utf8.Valid(out) {
		return data, false
	}
	return out, true
}
