package warc

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// The framing of WARC records — a version line, header lines, a blank
// line, Content-Length bytes of content, two blank lines — read as
// warcio reads it: a line may end in LF alone, not only CRLF (a WARC file
// written or edited by a tool that writes Unix line ends). gowarc's
// reader wants CRLF; framing hands it each record with its header and
// closing lines ended in CRLF, and the content as it is, and notes where
// each record starts, so that a walk can say where a bad record was and
// find the record after it (nextRecord).

// framing reads a stream of WARC records (an uncompressed archive, or
// one gzip member inflated) from r with the header lines and the blank
// lines closing each record ended in CRLF, whatever their ending in r (LF
// or CRLF), the content passed on byte for byte. Blank lines before a
// record (more than the two that close the one before, any number after
// the last) are passed over, and a record that starts after fewer than
// two is read, as warcio reads them. A header line longer than the buffer, or a record whose
// header gives no Content-Length, or whose closing is not blank lines,
// ends the framing: the rest is passed on as it is, for gowarc's reader
// to fail on as before.
type framing struct {
	r     *bufio.Reader
	out   []byte // bytes to hand on before reading more
	state int
	left  int64 // content bytes still to pass on
	lines int   // blank lines of the closing seen
	pos   int64 // bytes read from r
	err   error // r's error, handed on once out is empty
	// the offset in r at which each record starts (its version line),
	// its Content-Length (-1 when absent or not a number) and the offset
	// of its content (-1 before its header ends), in order
	starts, lengths, contents []int64
	// each record's Content-Length when it is a negative number (-5),
	// else 0, in order
	negative []int64
}

const (
	frameStart   = iota // before a record's version line
	frameHeader         // in a record's WARC header
	frameContent        // in its content
	frameClosing        // in the blank lines after it
	frameRaw            // the framing is lost: pass the rest on as it is
)

// maxHeaderLine is the longest WARC header line framing reads as a line,
// in bytes.
const maxHeaderLine = 64 << 10

func newFraming(r io.Reader) *framing {
	return &framing{r: bufio.NewReaderSize(r, maxHeaderLine)}
}

func (f *framing) Read(p []byte) (int, error) {
	for {
		if len(f.out) > 0 {
			n := copy(p, f.out)
			f.out = f.out[n:]
			return n, nil
		}
		if f.err != nil {
			return 0, f.err
		}
		if len(p) == 0 {
			return 0, nil
		}
		switch f.state {
		case frameContent, frameRaw:
			if f.state == frameContent && f.left == 0 {
				f.state, f.lines = frameClosing, 0
				continue
			}
			q := p
			if f.state == frameContent && int64(len(q)) > f.left {
				q = q[:f.left]
			}
			n, err := f.r.Read(q)
			f.pos += int64(n)
			if f.state == frameContent {
				f.left -= int64(n)
			}
			f.err = err
			if n > 0 {
				return n, nil
			}
		default:
			f.line()
		}
	}
}

// line reads one line in a record's header or closing and sets out to
// what is handed on for it.
func (f *framing) line() {
	b, err := f.r.ReadSlice('\n')
	at := f.pos
	f.pos += int64(len(b))
	if err != nil {
		// a line too long to be a header line, or the end of the
		// stream inside a line: passed on as it is
		f.out = append(f.out[:0], b...)
		if err == bufio.ErrBufferFull {
			f.state = frameRaw
		} else {
			f.err = err
		}
		return
	}
	text := bytes.TrimSuffix(b[:len(b)-1], []byte("\r"))
	crlf := append(append(f.out[:0], text...), '\r', '\n')
	switch f.state {
	case frameStart:
		if len(text) == 0 {
			f.out = f.out[:0] // (a blank line between records)
			return
		}
		f.startRecord(at)
	case frameHeader:
		if len(text) == 0 {
			f.contents[len(f.contents)-1] = f.pos
			if n := f.lengths[len(f.lengths)-1]; n >= 0 {
				f.state, f.left = frameContent, n
			} else {
				f.state = frameRaw
			}
			break
		}
		if k, v, ok := strings.Cut(string(text), ":"); ok && strings.EqualFold(k, "Content-Length") {
			n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
			if err == nil && n < 0 {
				f.negative[len(f.negative)-1] = n
			}
			if err != nil || n < 0 {
				n = -1
			}
			f.lengths[len(f.lengths)-1] = n
		}
	case frameClosing:
		if len(text) != 0 && versionLine(text) {
			// the next record after fewer than the two blank lines
			// that close one: warcio reads on, and so does framing
			out := make([]byte, 0, 4+len(crlf))
			for range 2 - f.lines {
				out = append(out, '\r', '\n')
			}
			f.out = append(out, crlf...)
			f.startRecord(at)
			return
		}
		if len(text) != 0 {
			f.out = append(f.out[:0], b...)
			f.state = frameRaw
			return
		}
		if f.lines++; f.lines == 2 {
			f.state = frameStart
		}
	}
	f.out = crlf
}

// startRecord notes a record whose version line starts at offset at.
func (f *framing) startRecord(at int64) {
	f.starts = append(f.starts, at)
	f.lengths = append(f.lengths, -1)
	f.contents = append(f.contents, -1)
	f.negative = append(f.negative, 0)
	f.state = frameHeader
}

// versionLine reports a line that starts a record: "WARC/1.0", "WARC/1.1"
// (another 1.x), its line end removed.
func versionLine(text []byte) bool {
	return len(text) == len("WARC/1.0") && bytes.HasPrefix(text, []byte("WARC/1.")) && isDigit(text[len(text)-1])
}

// record is where record n (1-based) starts in the stream, its
// Content-Length (-1 when absent or not a number) and where its content
// would end by that length (-1 when not known); ok is false when the
// framing did not reach it. A negative Content-Length is -1 here:
// negativeLength gives it.
func (f *framing) record(n int) (start, length, end int64, ok bool) {
	if f == nil || n < 1 || n > len(f.starts) {
		return 0, 0, 0, false
	}
	start, length, end = f.starts[n-1], f.lengths[n-1], -1
	if c := f.contents[n-1]; c >= 0 && length >= 0 {
		end = c + length
	}
	return start, length, end, true
}

// negativeLength is the Content-Length of record n (1-based) when its
// header gives a negative number ("Content-Length: -5"), else 0.
func (f *framing) negativeLength(n int) int64 {
	if f == nil || n < 1 || n > len(f.negative) {
		return 0
	}
	return f.negative[n-1]
}

// nextRecord returns the offset of the first record start in r after
// offset from: a line "WARC/1.0" or "WARC/1.1" (or another 1.x), ended in
// CRLF or LF, at the start of a line; ok is false when there is none. r is
// left at an unspecified offset.
func nextRecord(r io.ReadSeeker, from int64) (int64, bool, error) {
	if _, err := r.Seek(from, io.SeekStart); err != nil {
		return 0, false, err
	}
	mark := []byte("\nWARC/1.")
	buf := make([]byte, 0, 64<<10)
	base := from // the offset of buf[0]
	for {
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		eof := err == io.EOF
		if err != nil && !eof {
			return 0, false, err
		}
		keep := max(0, len(buf)-(len(mark)-1)) // (a mark may straddle the next read)
		for i := 0; ; {
			k := bytes.Index(buf[i:], mark)
			if k < 0 {
				break
			}
			k += i
			switch versionEnd(buf[k+len(mark):], eof) {
			case 1:
				return base + int64(k) + 1, true, nil
			case 0:
				keep = min(keep, k) // (read on to tell)
			}
			i = k + 1
		}
		if eof {
			return 0, false, nil
		}
		base += int64(keep)
		buf = buf[:copy(buf, buf[keep:])]
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // (room to read into)
		}
	}
}

// versionEnd reports whether b, the bytes after "WARC/1.", end a version
// line: 1 for a digit then LF or CRLF, -1 for anything else, 0 when b
// is too short to tell and more may follow (not eof).
func versionEnd(b []byte, eof bool) int {
	switch {
	case len(b) >= 1 && !isDigit(b[0]), len(b) >= 2 && b[1] != '\n' && b[1] != '\r', len(b) >= 3 && b[1] == '\r' && b[2] != '\n':
		return -1
	case len(b) >= 2 && b[1] == '\n', len(b) >= 3:
		return 1
	case eof:
		return -1
	}
	return 0
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// maxExcerpt is the most bytes of an archive's text an error quotes.
const maxExcerpt = 40

// excerpt quotes at most maxExcerpt bytes of s, escaped as a Go string
// (control characters, invalid UTF-8), "…" after it when s is longer:
// what an error says of the text it found, never a page.
func excerpt(s string) string {
	if len(s) <= maxExcerpt {
		return strconv.Quote(s)
	}
	cut := maxExcerpt
	for cut > 0 && s[cut]&0xc0 == 0x80 { // (not inside a character)
		cut--
	}
	return strconv.Quote(s[:cut]) + "…"
}

// readerError is err, an error of gowarc's reader for the record whose
// Content-Length is length (-1 unknown), said in the package's words and
// quoting at most a short excerpt of the archive: a closing that is not
// blank lines — the content runs on past its Content-Length — is "the
// record's content runs on past its Content-Length (60 bytes): "Content-Type:
// text/html" follows where the blank lines closing it should be"; a
// Content-Length absent or not a number is "its WARC header has no
// Content-Length", "its Content-Length "x69" is not a number" or, past
// the largest int64, "its Content-Length "99999999999999999999" is too
// large (over 9223372036854775807 bytes)". Other
// errors are returned as they are.
func readerError(err error, length int64) error {
	msg := err.Error()
	if rest, ok := strings.CutPrefix(msg, "non-empty record boundary [boundary: "); ok {
		found := strings.TrimSuffix(rest, "]")
		of := ""
		if length >= 0 {
			of = fmt.Sprintf(" (%s)", count(int(length), "byte", "bytes"))
		}
		return &framingError{fmt.Sprintf("the record's content runs on past its Content-Length%s: %s follows where the blank lines closing it should be", of, excerpt(found)), err}
	}
	var ne *strconv.NumError
	if strings.HasPrefix(msg, "parsing Content-Length: ") && errors.As(err, &ne) {
		if strings.TrimSpace(ne.Num) == "" {
			return &framingError{"its WARC header has no Content-Length", err}
		}
		if errors.Is(ne.Err, strconv.ErrRange) {
			return &framingError{fmt.Sprintf("its Content-Length %s is too large (over %d bytes)", excerpt(ne.Num), int64(math.MaxInt64)), err}
		}
		return &framingError{fmt.Sprintf("its Content-Length %s is not a number", excerpt(ne.Num)), err}
	}
	return err
}

// framingError is a record whose framing gowarc's reader could not read,
// said in the package's words (readerError).
type framingError struct {
	msg string
	err error
}

func (e *framingError) Error() string { return e.msg }
func (e *framingError) Unwrap() error { return e.err }
