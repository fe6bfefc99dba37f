package feed

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
)

// parseError is a feed's parse error said with its place: Error is the
// message, Unwrap the parser's error.
type parseError struct {
	msg string
	err error
}

func (e *parseError) Error() string { return e.msg }
func (e *parseError) Unwrap() error { return e.err }

// failedAt says err, the parser's error on the feed data, as
// "NAME:LINE: WHAT: DETAIL" (LINE 1-based), the place as an editor or a
// compiler names it: an XML error's line ("cut.rss:163: … : XML syntax
// error: unexpected EOF", where it was "… XML syntax error on line 163:
// unexpected EOF"), a JSON Feed's line from its byte offset, which is
// given too ("cut.json:1: … : unexpected end of JSON input after 9000
// bytes", where it was said with no place at all). sameBytes says whether
// data holds the bytes as read (no UTF-16 decoded, no byte order mark
// dropped), so that the offset counts the file's bytes; when not, only
// the line is given. An error with no place (not a syntax or type error)
// is "NAME: WHAT: ERR".
func failedAt(name, what string, data []byte, sameBytes bool, err error) error {
	var xe *xml.SyntaxError
	if errors.As(err, &xe) && xe.Line > 0 {
		// at the end of a file ending in a newline the decoder counts the
		// empty line after it: the file's last line is meant
		lines := bytes.Count(data, []byte{'\n'})
		if !bytes.HasSuffix(data, []byte{'\n'}) {
			lines++
		}
		line := max(1, min(xe.Line, lines))
		return &parseError{fmt.Sprintf("%s:%d: %s: XML syntax error: %s", name, line, what, xe.Msg), err}
	}
	off := int64(-1)
	detail, after := err.Error(), " after"
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off, detail = se.Offset, se.Error()
	case errors.As(err, &te):
		off, detail, after = te.Offset, plainType(te, "the feed"), ", after"
	}
	if off < 0 || off > int64(len(data)) {
		return &parseError{fmt.Sprintf("%s: %s: %s", name, what, detail), err}
	}
	if sameBytes {
		detail = fmt.Sprintf("%s%s %d bytes", detail, after, off)
	}
	return &parseError{fmt.Sprintf("%s:%d: %s: %s", name, lineAt(data, off), what, detail), err}
}

// lineAt is the 1-based line of the byte the JSON decoder stopped at after
// reading off bytes: the line of byte off-1, so that the end of a file
// ending in a newline is its last line, not the empty one after it.
func lineAt(data []byte, off int64) int {
	if off <= 0 {
		return 1
	}
	return 1 + bytes.Count(data[:off-1], []byte{'\n'})
}
