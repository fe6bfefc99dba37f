// Package warc reads web archives (WARC 1.0/1.1 files, plain or gzip'd
// record by record as .warc.gz) and yields the HTML pages they hold: the
// payload of each successful HTML "response" record (and of "resource"
// records of type text/html) with its target URI and capture date; a
// successful text/plain response is a page too (a story served as text),
// and so is a text/plain "conversion" record (the text of a page, as
// Common Crawl's WET files hold it).
// Responses that hold no page (an image, a PDF, a 404, a redirect, a
// revisit record) can be reported as skipped, each with its kind
// (WalkSkips, Skip).
// Records are parsed by github.com/internetarchive/gowarc.
//
// Records are read as warcio reads them: their header lines and the blank
// lines that close them may end in LF alone, and blank lines between
// records are passed over. A malformed record does not end the walk when
// the archive can be resynchronised: in a .warc.gz file the reader skips
// to the next gzip member and carries on; in an uncompressed file to the
// next line that starts a record ("WARC/1.0"), the error saying how many
// bytes it skipped ("the record's content runs on past its Content-Length
// (60 bytes): "8" follows where the blank lines closing it should be; 601
// bytes skipped to the next record, at offset 601"), or, when none
// follows, the rest of the file is skipped. Errors quote at most a short
// excerpt of the archive, escaped. An archive that ends inside a record,
// plain or gzip'd, is said to (RecordError.Reason: "the archive ends
// inside this record"). Each gzip member is inflated on its own, at most
// MaxRecordSize bytes, so a gzip bomb costs a bounded amount of work,
// memory and disk.
//
// A response whose HTTP body the crawler saved cut off (shorter than its
// Content-Length, chunked without its last chunk, its content encoding
// cut) is no bad record: its page holds what came, marked Page.Cut. A
// body labelled "Transfer-Encoding: chunked" that the crawler saved
// de-chunked is read as it is, whole.
package warc

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	neturl "net/url"
	"strings"
	"unicode/utf8"

	"github.com/andybalholm/brotli"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/internal/countio"
	gowarc "github.com/internetarchive/gowarc"
	"github.com/klauspost/compress/zstd"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// MaxPageSize is the largest page payload Walk passes on (50 MiB); larger
// pages are reported as bad records.
const MaxPageSize = 50 << 20

// Page is an HTML page captured in a WARC file.
type Page struct {
	// URI is the record's WARC-Target-URI.
	URI string
	// Date is the record's WARC-Date (RFC 3339, capture time).
	Date string
	// Record is the 1-based index of the record in the file; Offset is the
	// byte offset of its gzip member in a .warc.gz file, -1 otherwise; At
	// is the byte offset of the record itself in an uncompressed .warc
	// file, -1 otherwise (and when not known).
	Record int
	Offset int64
	At     int64
	// InMember is the byte offset of the record in its gzip member once
	// inflated: 0 for a record that starts its member (a .warc.gz written
	// record by record), more for a later record of a member holding
	// several (a .warc file gzip'd whole), where Offset alone cannot tell
	// where the record is.
	InMember int64
	// ContentType is the HTTP (or record) Content-Type.
	ContentType string
	// Body is the page's HTML, with any content encoding removed (gzip,
	// deflate, br, zstd); a conversion record's text has a blank line
	// between its lines (lineBlocks: each line is a block of the page).
	Body []byte
	// Unclosed is a record whose content is whole but which ends its
	// archive (or its gzip member) without the blank lines (CRLF CRLF)
	// that close a WARC record: a file cut just there, or written by a
	// tool that leaves them out. The page is read; a caller warns of it
	// (UnclosedWarning).
	Unclosed bool
	// Cut, when not nil, is a response the crawler saved cut off inside
	// a whole record: its HTTP body is shorter than its Content-Length,
	// or chunked and without its last (0) chunk. Body holds what came,
	// decoded; the page is read up to the cut, as a page a server cut off
	// is (article.FetchCutError), and a caller says so (CutError).
	Cut *BodyCut
}

// BodyCut is how much came of an HTTP body the crawler saved cut off:
// Got bytes as saved (before any content encoding is
// removed) of Want bytes announced by its Content-Length, -1 when it
// announced none (a chunked body).
type BodyCut struct {
	Got, Want int64
}

// CutError is the *RecordError of a page whose HTTP body the crawler
// saved cut off (Page.Cut), nil for a whole page: "crawl.warc:record 1:
// the HTTP response captured for https://example.org/a is cut off after
// 266 of 299 bytes of its body (the crawler saved it so; the record
// itself is whole)" ("after 266 bytes" for a chunked body). The page is
// read all the same: a caller adds what it did with the text before the
// cut.
func CutError(name string, p Page) error {
	if p.Cut == nil {
		return nil
	}
	of := ""
	if p.Cut.Want >= 0 {
		of = fmt.Sprintf(" of %d", p.Cut.Want)
	}
	at := p.Offset
	if at < 0 {
		at = p.At // (an uncompressed file)
	}
	return &RecordError{Name: name, Record: p.Record, Offset: at, InMember: p.InMember,
		Err: fmt.Errorf("the HTTP response captured for %s is cut off after %d%s bytes of its body (the crawler saved it so; the record itself is whole)", uriName(p.URI), p.Cut.Got, of)}
}

// UnclosedWarning is the warning for a page read from an unclosed record
// (Page.Unclosed), name the archive: "crawl.warc:record 2
// (https://example.org/b): the archive ends without the blank lines that
// close this record; its content is whole and was read". It is "" for a
// closed record.
func UnclosedWarning(name string, p Page) string {
	if !p.Unclosed {
		return ""
	}
	what := "the archive ends"
	if p.Offset >= 0 {
		what = fmt.Sprintf("the gzip member at offset %d ends", p.Offset)
	}
	return fmt.Sprintf("%s:record %d (%s): %s without the blank lines that close this record; its content is whole and was read", name, p.Record, p.URI, what)
}

// RecordError is a malformed or unusable record. Its Error names the
// record as the articles read from an archive are named (Article.Input,
// "crawl.warc:record 3"), and as dyad ingest lists its failures, with
// where it starts: "crawl.warc.gz:record 3: at offset 828: <Reason>" (its
// gzip member), "crawl.warc:record 3: at offset 1204: <Reason>" (the
// record, in an uncompressed file; "crawl.warc:record 3: <Reason>" when
// its start is not known); a later record of a gzip member holding several (a file
// gzip'd whole) is placed in the member inflated too:
// "crawl.warc.gz:record 2: at offset 466 of the gzip member at offset 0,
// inflated: <Reason>".
type RecordError struct {
	Name   string // the file
	Record int    // 1-based record index
	Offset int64  // byte offset of the record's gzip member (of the record in a .warc file), -1 if unknown
	// InMember is the byte offset of the record in its gzip member
	// inflated, 0 when it starts the member or is unknown (Page.InMember)
	InMember int64
	Err      error
}

func (e *RecordError) Error() string {
	if at := e.Where(); at != "" {
		return fmt.Sprintf("%s:record %d: %s: %v", e.Name, e.Record, at, e.Reason())
	}
	return fmt.Sprintf("%s:record %d: %v", e.Name, e.Record, e.Reason())
}

// Where is where the record is in its file: "at offset 828" (its gzip
// member's in a .warc.gz file, its own in a .warc file), "at offset 466
// of the gzip member at offset 0, inflated" (a later record of a member
// holding several), "" when not known.
func (e *RecordError) Where() string {
	switch {
	case e.Offset < 0:
		return ""
	case e.InMember > 0:
		return fmt.Sprintf("at offset %d of the gzip member at offset %d, inflated", e.InMember, e.Offset)
	}
	return fmt.Sprintf("at offset %d", e.Offset)
}

func (e *RecordError) Unwrap() error { return e.Err }

// Reason is what is wrong with the record, without the file, record and
// offset: Err's message, or for an archive that ends inside the record
// (Err wraps io.ErrUnexpectedEOF, in a plain .warc as in a .warc.gz) "the
// archive ends inside this record (cut off, or an incomplete download)".
func (e *RecordError) Reason() string {
	if errors.Is(e.Err, io.ErrUnexpectedEOF) {
		// "copying content: unexpected EOF" says what the reader did, not
		// what is wrong with the file
		return "the archive ends inside this record (cut off, or an incomplete download)"
	}
	return e.Err.Error()
}

// Walk reads the WARC file r, named name in errors, and calls page for each
// HTML page in it, in file order. Each malformed or unusable record (a
// record the archive ends inside, an HTTP response cut inside its header
// or unreadable, an unsupported content encoding, an oversized page) is
// passed to bad as a *RecordError naming the file, the record and, in a
// .warc.gz file, its gzip member's offset; the walk then continues as the
// package doc describes. A response the crawler saved cut off inside its
// body is not passed to bad: its page, holding what came, goes to page
// with Page.Cut set (CutError is its error, for a caller to say). Walk
// returns page's first error, an error when r is not a WARC file at all,
// or one wrapping ErrNoPage when the archive holds no page and no bad
// record (see WalkSkips); bad may be nil.
func Walk(name string, r io.ReadSeeker, page func(Page) error, bad func(error)) error {
	return WalkSkips(name, r, page, bad, nil)
}

// Skip is a response record that holds no page, of one Kind: a redirect
// (Reason "status 301 → https://example.org/new"), a revisit (a capture
// the crawler recorded as the same as an earlier one: Reason "revisit,
// same as an earlier capture"; a response with status 304 is one too,
// "status 304, not modified since an earlier capture"), an error ("status 404"), a file that is
// no page (its media type, "image/png", or "robots.txt, no page") or a
// text/plain response that is no article ("text/plain, a table").
// Requests, metadata and a crawler's own resource records (its log, its
// manifest) are no responses and are not reported.
type Skip struct {
	Record int    // 1-based record index
	URI    string // WARC-Target-URI
	Kind   string // SkipRedirect, SkipRevisit, SkipError, SkipNotPage, SkipNotArticle, SkipRecaptured or SkipEmptyRecapture
	Reason string
}

// The kinds of Skip.
const (
	SkipRedirect   = "redirect"       // status 3xx but 304
	SkipRevisit    = "revisit"        // WARC-Type revisit, or status 304 Not Modified: no payload of its own
	SkipError      = "error"          // another status than 200 (404, 500, 204)
	SkipNotPage    = "not a page"     // not HTML nor text (an image, a PDF) or a site's file (robots.txt)
	SkipNotArticle = "not an article" // text/plain that holds no article (a table, JSON, a URL list, a log, undecodable)
	SkipRecaptured = "recaptured"     // a page whose URI a later record of the archive captures again: the later one is read
	// a later capture of a page that holds no story text (a consent wall,
	// an empty page): an earlier capture is read
	SkipEmptyRecapture = "empty recapture"
)

// WalkSkips is Walk that also calls skip, when not nil, for each response
// record that holds no page, in file order.
//
// An archive that holds no page and no bad record — only a warcinfo
// record, requests and metadata, or responses that are all skipped — is
// an error wrapping ErrNoPage that names the file and counts its records
// by WARC-Type: "crawl.warc: WARC archive holds no HTML or text page (1
// record: 1 warcinfo)", as an empty file is an error.
//
// A URI captured as a page more than once (a crawl that came back to a
// story) is read once, from its last capture that holds story text, the
// page as the crawler last saw it (an updated story); each other capture
// is a Skip: an earlier one of kind SkipRecaptured, "captured again in
// record 9, which is read", a later one that holds no story text (a
// consent or login wall, an empty page: article.Read gives no paragraph)
// of kind SkipEmptyRecapture, "no story text; the earlier capture in
// record 2 is read", or whose response the crawler saved cut off
// (Page.Cut), "its response cut off; the earlier capture in record 2 is
// read". When no later capture holds story text the first is
// read. The archive is read twice for this (the first time only to find
// the capture of each such URI to read; only the second and later
// captures are extracted then), so r must be seekable.
func WalkSkips(name string, r io.ReadSeeker, page func(Page) error, bad func(error), skip func(Skip)) error {
	keep := keptCaptures(name, r)
	if len(keep) > 0 {
		read := page
		page = func(p Page) error {
			k, ok := keep[p.URI]
			if !ok || k == p.Record {
				return read(p)
			}
			if skip != nil {
				if k > p.Record {
					skip(Skip{Record: p.Record, URI: p.URI, Kind: SkipRecaptured, Reason: fmt.Sprintf("captured again in record %d, which is read", k)})
				} else {
					why := "no story text"
					if p.Cut != nil {
						why = "its response cut off"
					}
					skip(Skip{Record: p.Record, URI: p.URI, Kind: SkipEmptyRecapture, Reason: fmt.Sprintf("%s; the earlier capture in record %d is read", why, k)})
				}
			}
			return nil
		}
	}
	t := &tally{types: map[string]int{}}
	err := walkSkips(name, r, t.page(page), t.bad(bad), skip, t)
	if err == nil && t.pages == 0 && t.bads == 0 {
		return fmt.Errorf("%s: %w (%s)", name, ErrNoPage, t.records())
	}
	return err
}

// keptCaptures walks r from its current offset and returns, for each URI
// that more than one record holds a page of, the index of the record to
// read: the last one after the first whose page holds story text
// (hasStory), else the first; r is left where it was. Errors are left to
// the walk that follows.
func keptCaptures(name string, r io.ReadSeeker) map[string]int {
	base, err := r.Seek(0, io.SeekCurrent)
	if err != nil {
		return nil
	}
	first := map[string]int{}
	keep := map[string]int{}
	walkSkips(name, r, func(p Page) error {
		if p.URI == "" {
			return nil
		}
		f, ok := first[p.URI]
		switch {
		case !ok:
			first[p.URI] = p.Record
		case p.Cut == nil && hasStory(p):
			keep[p.URI] = p.Record
		default:
			if _, ok := keep[p.URI]; !ok {
				keep[p.URI] = f
			}
		}
		return nil
	}, func(error) {}, nil, &tally{types: map[string]int{}})
	if _, err := r.Seek(base, io.SeekStart); err != nil {
		return nil
	}
	return keep
}

// hasStory reports a page that article.Read reads without error into an
// article with at least one paragraph: not a consent or login wall ("Please
// enable JavaScript and cookies to continue."), an empty page or a page
// cut off before its end.
func hasStory(p Page) bool {
	arts, err := article.Read("", p.Body, article.Options{URL: p.URI})
	if err != nil {
		return false
	}
	for _, a := range arts {
		if len(a.Body) > 0 {
			return true
		}
	}
	return false
}

// ErrNoPage is the error of an archive that holds no HTML or text page
// (WalkSkips).
var ErrNoPage = errors.New("WARC archive holds no HTML or text page")

// tally counts what a walk saw: pages passed on, bad records, and the
// records read by WARC-Type.
type tally struct {
	pages, bads int
	types       map[string]int
	order       []string
}

func (t *tally) page(page func(Page) error) func(Page) error {
	return func(p Page) error { t.pages++; return page(p) }
}

func (t *tally) bad(bad func(error)) func(error) {
	return func(err error) {
		t.bads++
		if bad != nil {
			bad(err)
		}
	}
}

func (t *tally) record(typ string) {
	typ = cmp.Or(typ, "untyped")
	if t.types[typ] == 0 {
		t.order = append(t.order, typ)
	}
	t.types[typ]++
}

// records is "1 record: 1 warcinfo", "5 records: 1 warcinfo, 2 request, 2
// response", "no record".
func (t *tally) records() string {
	n := 0
	var parts []string
	for _, typ := range t.order {
		n += t.types[typ]
		parts = append(parts, fmt.Sprintf("%d %s", t.types[typ], typ))
	}
	if n == 0 {
		return "no record"
	}
	return count(n, "record", "records") + ": " + strings.Join(parts, ", ")
}

func walkSkips(name string, r io.ReadSeeker, page func(Page) error, bad func(error), skip func(Skip), t *tally) error {
	if skip == nil {
		skip = func(Skip) {}
	}
	base, err := r.Seek(0, io.SeekCurrent)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	var head [5]byte
	n, _ := io.ReadFull(r, head[:])
	if n < 2 {
		return notWARC(name, r, base, head[:n])
	}
	magic := [2]byte{head[0], head[1]}
	// a file that starts as a WARC record is one, its first record broken
	// or not
	started := string(head[:n]) == "WARC/"
	if _, err := r.Seek(base, io.SeekStart); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if magic == [2]byte{0x1f, 0x8b} {
		return walkGzip(name, r, base, page, bad, skip, t)
	}
	if !started {
		if err := notWARC(name, r, base, head[:n]); err != nil {
			return err
		}
	}
	// the records are read from start on; when one cannot be read, the
	// walk resumes at the next record start after it (nextRecord), if
	// any, else the rest of the file is skipped
	index, start := 0, base
	for {
		var readErr error
		before, failedStart, failedEnd := index, int64(-1), int64(-1)
		_, err = readStream(func() (io.Reader, error) {
			_, err := r.Seek(start, io.SeekStart)
			return r, err
		}, func(rec *gowarc.Record, n int, at int64, unclosed bool) error {
			index = before + n
			if at >= 0 {
				at += start
			}
			if err := emit(name, rec, index, -1, 0, at, unclosed, page, bad, skip, t); err != nil {
				return &pageError{err}
			}
			return nil
		}, func(n int, at, end int64, err error) {
			index, readErr = before+n, err
			if at >= 0 {
				failedStart = start + at
			}
			if end >= 0 {
				failedEnd = start + end
			}
		})
		if err != nil {
			var pe *pageError
			if errors.As(err, &pe) {
				return pe.err
			}
			return fmt.Errorf("%s: %w", name, err)
		}
		if readErr == nil {
			if index == 0 && !started {
				return fmt.Errorf("%s: not a WARC file: it starts %q, a WARC file starts %q", name, head[:n], "WARC/")
			}
			if index == 0 {
				// "WARC/" and no more: the reader saw no record at all
				size, err := r.Seek(0, io.SeekEnd)
				if err != nil {
					return fmt.Errorf("%s: %w", name, err)
				}
				return fmt.Errorf("%s: cut off after %s, inside the header of its first record", name, count(int(size-base), "byte", "bytes"))
			}
			return nil
		}
		if index == 1 && !started {
			return fmt.Errorf("%s: not a WARC file: it starts %q, a WARC file starts %q (%w)", name, head[:n], "WARC/", readErr)
		}
		if failedStart >= 0 {
			// a Content-Length too small (the content runs on) or too
			// large (it runs over the records after it, or to the end)
			next, ok, err := nextRecord(r, failedStart)
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			if ok {
				over := failedEnd > next || errors.Is(readErr, io.EOF) || errors.Is(readErr, io.ErrUnexpectedEOF)
				bad(&RecordError{Name: name, Record: index, Offset: failedStart, Err: &resyncError{readErr, over, next - failedStart, next}})
				start = next
				continue
			}
		}
		if errors.Is(readErr, io.EOF) || errors.Is(readErr, io.ErrUnexpectedEOF) {
			// the file ends inside the record ("copying content: EOF",
			// "reading header: EOF"): cut off, nothing follows
			bad(&RecordError{Name: name, Record: index, Offset: failedStart, Err: fmt.Errorf("%w (%v)", io.ErrUnexpectedEOF, readErr)})
			return nil
		}
		// no record start after it: nothing to resynchronise on
		bad(&RecordError{Name: name, Record: index, Offset: failedStart, Err: fmt.Errorf("%w (rest of file skipped)", readErr)})
		return nil
	}
}

// resyncError is a record of an uncompressed archive that cannot be read,
// after which the walk resumes at the next record start: "the record's
// content runs on past its Content-Length (60 bytes): "Content-Type:
// text/html" follows where the blank lines closing it should be; 312
// bytes skipped to the next record, at offset 1204". A record whose
// Content-Length runs over that next record start (or to the end of the
// file past it) says so instead: "its Content-Length (2032 bytes) runs
// over the start of the next record (too large?); …".
type resyncError struct {
	err     error
	over    bool  // the Content-Length runs over the next record start
	skipped int64 // bytes from the record's start to the next
	next    int64 // the next record's offset
}

func (e *resyncError) Error() string {
	why := e.err.Error()
	if e.over {
		why = "its Content-Length runs over the start of the next record (too large?)"
	}
	return fmt.Sprintf("%s; %s skipped to the next record, at offset %d", why, count(int(e.skipped), "byte", "bytes"), e.next)
}

// (not io.ErrUnexpectedEOF: the archive is not cut there, RecordError.Reason)
func (e *resyncError) Unwrap() error {
	if errors.Is(e.err, io.EOF) || errors.Is(e.err, io.ErrUnexpectedEOF) {
		return nil
	}
	return e.err
}

// notWARC is the error of an uncompressed input that does not start as a
// WARC record ("WARC/") and is too short to be one: empty ("x.warc: empty
// file, not a WARC file"), cut inside the "WARC/" that starts a record
// ("x.warc: cut off after 3 bytes, inside its first record (a WARC file
// starts "WARC/")") or another text of fewer than 16 bytes ("x.warc: not
// a WARC file: it starts "hello", a WARC file starts "WARC/""). A longer
// input is left to the reader (which also reads a WARC file compressed
// whole with zstd, bzip2 or xz), nil. r is left at base.
func notWARC(name string, r io.ReadSeeker, base int64, head []byte) error {
	size, err := r.Seek(0, io.SeekEnd)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if _, err := r.Seek(base, io.SeekStart); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	switch n := size - base; {
	case n == 0:
		return fmt.Errorf("%s: empty file, not a WARC file", name)
	case n < 5 && strings.HasPrefix("WARC/", string(head)):
		return fmt.Errorf("%s: cut off after %s, inside its first record (a WARC file starts %q)", name, count(int(n), "byte", "bytes"), "WARC/")
	case n < 16:
		return fmt.Errorf("%s: not a WARC file: it starts %q, a WARC file starts %q", name, head, "WARC/")
	}
	return nil
}

// closing is the blank line pair (CRLF CRLF) that ends every WARC record.
const closing = "\r\n\r\n"

// readStream reads the records of one stream of records — an uncompressed
// archive, or one gzip member inflated — which open opens, again when
// needed, from its start, and calls each with every record and its
// 1-based index in the stream, and failed with the index and error of a
// record that cannot be read (the stream's last: nothing follows it that
// can be found). It returns each's first error or open's.
//
// Blank lines after the last record (a stream that ends in more CR and LF
// bytes than the CRLF CRLF closing it) are ignored: when a record after
// the first cannot be read and the stream ends in such a run, it is read
// again cut after each CRLF CRLF in the run, the longest first, and the
// first cut that reads to a clean end stands (the cut bytes held no
// record). Runs longer than maxBlankTail bytes are not tried.
//
// A stream whose last record is whole (its Content-Length of bytes are
// all there) but which ends without all or part of the blank lines that
// close the record (a file cut just there, a tool that leaves them out)
// is read again as if they were there: that record is passed to each with
// unclosed true. The records before it are read again without their
// content and not passed on.
//
// Lines may end in LF alone (framing). failed gets the offsets in the
// stream at which the record that cannot be read starts and at which its
// content would end by its Content-Length (-1 when not known), and its
// error in the package's words (readerError).
func readStream(open func() (io.Reader, error), each func(rec *gowarc.Record, n int, at int64, unclosed bool) error, failed func(n int, start, end int64, err error)) (int, error) {
	var pads []string    // the endings still to try
	var cuts []int64     // the ends of the stream still to try, bytes kept
	var first error      // the error of the read without an ending added
	var firstFr *framing // the framing of that read
	pad, passed, limit := "", 0, int64(-1)
	for try := 0; ; try++ {
		src, err := open()
		if err != nil {
			return passed, err
		}
		tail := &tailReader{r: src}
		src = tail
		if pad != "" {
			src = io.MultiReader(tail, strings.NewReader(pad))
		}
		if limit >= 0 {
			src = io.LimitReader(tail, limit)
		}
		fr := newFraming(src)
		if try == 0 {
			firstFr = fr
		}
		wr, err := gowarc.NewReader(fr)
		if err != nil {
			return passed, err
		}
		n := 0
		retry := false
		for {
			var rec *gowarc.Record
			if n < passed {
				rec, err = wr.ReadRecord(gowarc.ReadOptsNoContentOutput)
			} else {
				rec, err = wr.ReadRecord()
			}
			if err == io.EOF {
				wr.Close()
				return passed, nil
			}
			n++
			if err != nil {
				if try == 0 {
					first = err
					switch {
					case unclosedEnd(err):
						pads = closings(tail.last())
					case n > 1:
						cuts = tail.blankEnds()
					}
				}
				// a retry that fails tried an ending that does not
				// fit (a content ending in CR read "\n\r\n" as a
				// non-empty boundary), or an end inside the last
				// record's content or closing: the next is tried
				if len(pads) > 0 {
					pad, pads = pads[0], pads[1:]
					retry = true
					break
				}
				if len(cuts) > 0 {
					limit, cuts = cuts[0], cuts[1:]
					retry = true
					break
				}
				wr.Close()
				// (an ending added does not help)
				start, length, end, ok := firstFr.record(n)
				if !ok {
					start, length, end = -1, -1, -1
				}
				if neg := firstFr.negativeLength(n); neg < 0 {
					// (gowarc's reader takes it for no content, and
					// trips on the content as the closing)
					first = &framingError{fmt.Sprintf("its Content-Length is %d, a negative number: a record's Content-Length is the size of its content in bytes, 0 or more", neg), first}
				}
				failed(n, start, end, readerError(first, length))
				return passed, nil
			}
			if n <= passed {
				rec.Content.Close()
				continue
			}
			passed = n
			at, _, _, ok := fr.record(n)
			if !ok {
				at = -1
			}
			if err := each(rec, n, at, pad != ""); err != nil {
				wr.Close()
				return passed, err
			}
		}
		wr.Close()
		if !retry {
			return passed, nil
		}
	}
}

// unclosedEnd reports the reader's error for a stream that ends where the
// blank lines closing a record should be ("reading record boundary: EOF").
func unclosedEnd(err error) bool {
	return errors.Is(err, io.EOF) && strings.Contains(err.Error(), "record boundary")
}

// closings are the endings to try, in order, for a stream whose last
// bytes are tail and which ends without the blank lines that close its
// last record: what completes tail to end in CRLF CRLF, the shortest
// first ("\n" after "\r\n\r"), none that is empty; the longer ones are
// for a record content that itself ends in CR or CRLF.
func closings(tail []byte) []string {
	var out []string
	for k := len(closing) - 1; k >= 0; k-- {
		if bytes.HasSuffix(tail, []byte(closing[:k])) {
			out = append(out, closing[k:])
		}
	}
	return out
}

// maxBlankTail is the longest run of CR and LF bytes at the end of a
// stream, in bytes, that readStream tries to read as blank lines after
// its last record.
const maxBlankTail = 256

// tailReader keeps the last 4 bytes read through it, and counts the bytes
// read and the CR and LF bytes that end them.
type tailReader struct {
	r    io.Reader
	buf  [4]byte
	n    int    // bytes held, at most 4
	size int64  // bytes read
	run  []byte // the CR and LF bytes that end what was read, at most maxBlankTail
	long bool   // the run is longer than maxBlankTail
}

func (t *tailReader) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	t.size += int64(n)
	t.blank(p[:n])
	if n >= len(t.buf) {
		t.n = copy(t.buf[:], p[n-len(t.buf):n])
		return n, err
	}
	keep := append(t.buf[:t.n:t.n], p[:n]...)
	t.n = copy(t.buf[:], keep[len(keep)-min(len(keep), len(t.buf)):])
	return n, err
}

// last is the last bytes read, at most 4.
func (t *tailReader) last() []byte { return t.buf[:t.n] }

// blank follows the run of CR and LF bytes at the end of what was read,
// p the bytes just read.
func (t *tailReader) blank(p []byte) {
	i := len(p)
	for i > 0 && (p[i-1] == '\r' || p[i-1] == '\n') {
		i--
	}
	if i > 0 {
		t.run, t.long = t.run[:0], false
	}
	if t.long {
		return
	}
	if len(t.run)+len(p)-i > maxBlankTail {
		t.run, t.long = t.run[:0], true
		return
	}
	t.run = append(t.run, p[i:]...)
}

// blankEnds are the lengths to cut the stream read to, the longest first,
// so that it ends in a record's closing (CRLF CRLF) with only CR and LF
// bytes cut: one for each CRLF CRLF in the run of CR and LF bytes that
// ends the stream, before its last byte. None when the stream does not
// end in such a run or the run is longer than maxBlankTail.
func (t *tailReader) blankEnds() []int64 {
	if t.long {
		return nil
	}
	var out []int64
	for k := len(t.run) - 1; k >= len(closing); k-- {
		if string(t.run[k-len(closing):k]) == closing {
			out = append(out, t.size-int64(len(t.run)-k))
		}
	}
	return out
}

// Sniff reports data that is the start of a WARC file: a record ("WARC/")
// or, gzip'd record by record as a .warc.gz file, a gzip member whose
// first inflated bytes are one. Input read whole with no name to go by
// (standard input, a URL) is walked as an archive when it is one.
func Sniff(data []byte) bool {
	if bytes.HasPrefix(data, []byte("WARC/")) {
		return true
	}
	if len(data) < 2 || data[0] != 0x1f || data[1] != 0x8b {
		return false
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return false
	}
	var head [5]byte
	n, _ := io.ReadFull(zr, head[:])
	return string(head[:n]) == "WARC/"
}

// IsArchiveName reports a file name (or a URL's path, lower-cased) of a
// WARC archive: .warc, .warc.gz, or a WET file of a crawl's page texts
// (.wet, .wet.gz, as Common Crawl names them: .warc.wet.gz). Such files
// are walked record by record, not read whole.
func IsArchiveName(n string) bool {
	n = strings.TrimSuffix(n, ".gz")
	return strings.HasSuffix(n, ".warc") || strings.HasSuffix(n, ".wet")
}

// MaxRecordSize caps the decompressed size of one gzip member of a
// .warc.gz file (a record's WARC header, HTTP header and payload): a
// member that inflates past it, a gzip bomb, is reported as a bad record
// after MaxRecordSize bytes of work, not inflated to its end.
const MaxRecordSize = MaxPageSize + 1<<20

// walkGzip walks a .warc.gz file from base one gzip member at a time: each
// member is inflated (at most MaxRecordSize bytes) and its records read as
// an uncompressed WARC. A member that is not gzip, does not hold a WARC
// record, is malformed or is too large is reported, and the walk resumes at
// the next gzip member header after its start.
func walkGzip(name string, r io.ReadSeeker, base int64, page func(Page) error, bad func(error), skip func(Skip), t *tally) error {
	pos, index := base, 0
	for {
		if _, err := r.Seek(pos, io.SeekStart); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		var cr *countingReader
		var zr *gzip.Reader
		var lim *cappedReader
		// open inflates the member from its start (again, for a member
		// read again as closed, readStream)
		open := func() (io.Reader, error) {
			if zr != nil {
				zr.Close()
			}
			if _, err := r.Seek(pos, io.SeekStart); err != nil {
				return nil, err
			}
			cr = &countingReader{r: bufio.NewReaderSize(r, 64<<10)}
			var err error
			if zr, err = gzip.NewReader(cr); err != nil {
				zr = nil
				return nil, fmt.Errorf("%w: %w", errNotWARC, err)
			}
			zr.Multistream(false)
			lim = &cappedReader{r: zr, n: MaxRecordSize}
			br := bufio.NewReader(lim)
			head, err := br.Peek(5)
			if len(head) > 0 && onlyBlank(head) && blankMember(br) && !lim.over {
				return nil, errBlankMember
			}
			if len(head) == 0 && err == io.EOF {
				// (gzip says EOF at a member's end only when its
				// trailer's checksum and size are right)
				return nil, errEmptyMember
			}
			if err != nil && len(head) < 5 && !lim.over {
				return nil, fmt.Errorf("truncated or corrupt gzip member: %w", err)
			}
			if string(head) != "WARC/" {
				return nil, errNotWARC
			}
			return br, nil
		}
		tooLarge := fmt.Errorf("gzip member inflates past %d bytes", MaxRecordSize)
		// the member's pages, bad records and skips are passed on once
		// its trailer's checksum is found right: a damaged member can
		// inflate to wrong bytes before gzip can tell
		first := index
		var held []func() error
		holdPage := func(p Page) error { held = append(held, func() error { return page(p) }); return nil }
		holdBad := func(err error) { held = append(held, func() error { bad(err); return nil }) }
		holdSkip := func(k Skip) { held = append(held, func() error { skip(k); return nil }) }
		// the record that cannot be read, its index in the member and
		// its offset in the member inflated (-1: not known)
		failedN, failedAt := 0, int64(-1)
		failed := func() error {
			var readErr error
			_, err := readStream(open, func(rec *gowarc.Record, _ int, at int64, unclosed bool) error {
				if lim.over {
					rec.Content.Close()
					return tooLarge
				}
				index++
				return emit(name, rec, index, pos, max(at, 0), -1, unclosed, holdPage, holdBad, holdSkip, t)
			}, func(n int, at, _ int64, err error) { readErr, failedN, failedAt = err, n, at })
			if zr != nil {
				defer zr.Close()
			}
			switch {
			case err != nil:
				return err
			case lim.over:
				return tooLarge
			case readErr != nil:
				return readErr
			}
			// read the member's trailer (checksum and size)
			if _, err := io.Copy(io.Discard, zr); err != nil {
				return err
			}
			return nil
		}()
		if failed != nil && failed != tooLarge {
			if why := corruptMember(r, pos); why != nil {
				// what the reader made of the wrong bytes (no
				// Content-Length, content running on past it) is not
				// what is wrong: the member is, its record not read
				// (nothing held is passed on; reported below as the
				// member's first record)
				index, failed, held = first, why, nil
				failedN, failedAt = 0, -1
			}
		}
		for _, f := range held {
			if err := f(); err != nil {
				return err
			}
		}
		// a member of blank lines, or an empty one, after a record (one
		// a tool wrote after the last) holds no record: it is passed over
		if failed == nil || pos > base && (errors.Is(failed, errBlankMember) || errors.Is(failed, errEmptyMember)) {
			pos += cr.n
			if _, err := r.Seek(pos, io.SeekStart); err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			if blankTail(r) {
				// the end of the file, or blank lines after the last
				// member (a tool's or an editor's newline): no record
				return nil
			}
			if _, err := r.Seek(pos, io.SeekStart); err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			continue
		}
		if pos == base && errors.Is(failed, errNotWARC) {
			return fmt.Errorf("%s: not a WARC file: %w", name, failed)
		}
		index++
		inMember := int64(0)
		if failedN > 1 && failedAt > 0 {
			// a later record of a member holding several (a file
			// gzip'd whole): the member's offset alone would name the
			// first record's place
			index, inMember = first+failedN, failedAt
		}
		bad(&RecordError{Name: name, Record: index, Offset: pos, InMember: inMember, Err: failed})
		next, ok, err := nextMember(r, pos+1)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if !ok {
			return nil
		}
		pos = next
	}
}

// emit passes a record's page, if it holds one, to page, and a record it
// cannot read to bad: the record index-th of the file, in the gzip member
// at off (-1: none) at inMember of it inflated, or at recAt of an
// uncompressed file (-1: a .warc.gz file, or not known).
// A record read without the blank lines that should close it (unclosed,
// readStream) gives a page with Unclosed set.
func emit(name string, rec *gowarc.Record, index int, off, inMember, recAt int64, unclosed bool, page func(Page) error, bad func(error), skip func(Skip), t *tally) error {
	t.record(rec.Header.Get("WARC-Type"))
	p, kind, why, err := pageOf(rec)
	rec.Content.Close()
	if err != nil {
		at := off
		if at < 0 {
			at = recAt
		}
		bad(&RecordError{Name: name, Record: index, Offset: at, InMember: inMember, Err: err})
		return nil
	}
	if p == nil {
		if why != "" {
			skip(Skip{Record: index, URI: strings.Trim(rec.Header.Get("WARC-Target-URI"), "<>"), Kind: kind, Reason: why})
		}
		return nil
	}
	p.Record, p.Offset, p.InMember, p.At, p.Unclosed = index, off, inMember, recAt, unclosed
	return page(*p)
}

// errNotWARC is a gzip member that is not a WARC record.
var errNotWARC = errors.New("gzip member does not hold a WARC record")

// errBlankMember is the error of a whole gzip member that inflates to
// CR and LF bytes only: blank lines, no record.
var errBlankMember = fmt.Errorf("%w (only blank lines)", errNotWARC)

// errEmptyMember is the error of a whole gzip member that inflates to
// nothing (a tool that closes its file with an empty member).
var errEmptyMember = fmt.Errorf("%w (it is empty)", errNotWARC)

// onlyBlank reports whether b holds only CR and LF bytes.
func onlyBlank(b []byte) bool {
	return len(bytes.Trim(b, "\r\n")) == 0
}

// blankMember reads the rest of a gzip member inflating through r and
// reports whether it is CR and LF bytes only and whole (it inflates to its
// end, the checksum in its trailer right, within MaxRecordSize).
func blankMember(r *bufio.Reader) bool {
	for {
		b, err := r.ReadSlice('\n')
		if !onlyBlank(b) {
			return false
		}
		if err == io.EOF {
			return true
		}
		if err != nil && err != bufio.ErrBufferFull {
			return false
		}
	}
}

// blankTail reports whether r holds nothing more but at most a few KiB
// of blank lines (CR, LF, spaces and tabs), not gzip'd: what a tool or
// an editor leaves after a .warc.gz file's last member.
func blankTail(r io.Reader) bool {
	b, err := io.ReadAll(io.LimitReader(r, 4<<10+1))
	return err == nil && len(b) <= 4<<10 && len(bytes.Trim(b, "\r\n \t")) == 0
}

// pageError carries the page callback's error out of a member's walk.
type pageError struct{ err error }

func (e *pageError) Error() string { return e.err.Error() }

// corruptMember inflates the gzip member at pos of r again, to its end
// (at most MaxRecordSize bytes), and returns the error saying it is
// damaged when gzip finds it so — its trailer's checksum wrong, its
// compressed data not deflate, its header bad — nil otherwise (whole,
// cut off by the end of the file, too large or unreadable for another
// reason, which the walk says as it does).
func corruptMember(r io.ReadSeeker, pos int64) error {
	if _, err := r.Seek(pos, io.SeekStart); err != nil {
		return nil
	}
	zr, err := gzip.NewReader(bufio.NewReader(r))
	if err == nil {
		defer zr.Close()
		zr.Multistream(false)
		_, err = io.Copy(io.Discard, io.LimitReader(zr, MaxRecordSize+1))
	}
	var ce flate.CorruptInputError
	switch {
	case errors.Is(err, gzip.ErrChecksum):
		return errors.New("its gzip member is corrupt: the bytes it inflates to do not match its checksum (damaged on disk or in transfer); the record is not read")
	case errors.As(err, &ce):
		return fmt.Errorf("its gzip member is corrupt: its compressed data is damaged %s into it, and cannot be inflated past there; the record is not read", count(int(ce), "byte", "bytes"))
	case errors.Is(err, gzip.ErrHeader):
		return errors.New("its gzip member is corrupt: its gzip header is invalid; the record is not read")
	}
	return nil
}

// countingReader counts the bytes read through it; as an io.ByteReader it
// lets compress/flate stop exactly at the end of a gzip member (a
// countio.Reader, which is none, would have flate read ahead past it).
type countingReader struct {
	r *bufio.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *countingReader) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}

// cappedReader reads at most n bytes of r, then reports io.EOF and sets
// over if r had more.
type cappedReader struct {
	r    io.Reader
	n    int64
	over bool
}

func (c *cappedReader) Read(p []byte) (int, error) {
	if c.n <= 0 {
		var one [1]byte
		if k, _ := c.r.Read(one[:]); k > 0 {
			c.over = true
		}
		return 0, io.EOF
	}
	if int64(len(p)) > c.n {
		p = p[:c.n]
	}
	n, err := c.r.Read(p)
	c.n -= int64(n)
	return n, err
}

// nextMember finds the next gzip member header (1f 8b 08) at or after from
// and seeks r there.
func nextMember(r io.ReadSeeker, from int64) (int64, bool, error) {
	if _, err := r.Seek(from, io.SeekStart); err != nil {
		return 0, false, err
	}
	br := bufio.NewReaderSize(r, 64<<10)
	pos := from
	var window [3]byte
	n := 0
	for {
		b, err := br.ReadByte()
		if err == io.EOF {
			return 0, false, nil
		}
		if err != nil {
			return 0, false, err
		}
		window[0], window[1], window[2] = window[1], window[2], b
		n++
		pos++
		if n >= 3 && window == [3]byte{0x1f, 0x8b, 0x08} {
			start := pos - 3
			_, err := r.Seek(start, io.SeekStart)
			return start, err == nil, err
		}
	}
}

// pageOf returns the page of a record (HTML, or a successful text/plain
// response), nil for records that hold none (requests, metadata, images,
// redirects, revisits, errors); for a response that holds none, kind and
// why say why (SkipError, "status 404"; SkipNotPage, "image/png").
func pageOf(rec *gowarc.Record) (p *Page, kind, why string, err error) {
	typ := rec.Header.Get("WARC-Type")
	uri := strings.Trim(rec.Header.Get("WARC-Target-URI"), "<>")
	date := rec.Header.Get("WARC-Date")
	if _, err := rec.Content.Seek(0, io.SeekStart); err != nil {
		return nil, "", "", err
	}
	var head [5]byte
	n, _ := io.ReadFull(rec.Content, head[:])
	if _, err := rec.Content.Seek(0, io.SeekStart); err != nil {
		return nil, "", "", err
	}
	if string(head[:n]) == "HTTP/" && (typ == "response" || typ == "resource") {
		// a block that starts as an HTTP response is read as one, as
		// warcio reads it, whatever the record's Content-Type says
		// (text/html on a response, a resource saved with its headers)
		typ = "http"
	}
	switch typ {
	case "revisit":
		return nil, SkipRevisit, revisitReason(rec.Header.Get("WARC-Profile")), nil
	case "conversion":
		// a crawl's text of a page (Common Crawl's WET files): its plain
		// text, read as a text/plain response's is, with the record's
		// URI and date
		ct := rec.Header.Get("Content-Type")
		if !isPlain(ct) {
			return nil, "", "", nil
		}
		body, err := readLimited(rec.Content)
		if err != nil {
			return nil, "", "", err
		}
		if body, why = plainText(uri, ct, body); why != "" {
			return nil, SkipNotArticle, why, nil
		}
		body = lineBlocks(body)
		return &Page{URI: uri, Date: date, ContentType: ct, Body: body}, "", "", nil
	case "resource":
		ct := rec.Header.Get("Content-Type")
		if !isHTML(ct) {
			return nil, "", "", nil // (a crawler's log or manifest: text/plain)
		}
		body, err := readLimited(rec.Content)
		if err != nil {
			return nil, "", "", err
		}
		return &Page{URI: uri, Date: date, ContentType: ct, Body: body}, "", "", nil
	case "response", "http":
		if typ == "response" && !strings.HasPrefix(mediaType(rec.Header.Get("Content-Type")), "application/http") { // (media types ignore case)
			return nil, "", "", nil
		}
		br := bufio.NewReader(majorOnly(rec.Content))
		resp, err := http.ReadResponse(br, nil)
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			// the record is whole (the reader read its Content-Length):
			// the response the crawler saved in it is cut, not the archive
			return nil, "", "", fmt.Errorf("the HTTP response captured for %s is cut off inside its header (the crawler saved it so; the record itself is whole)", uriName(uri))
		}
		if err != nil {
			return nil, "", "", notResponse(rec, uri, err)
		}
		defer resp.Body.Close()
		if dechunked(resp, br) {
			// saved de-chunked under its chunked label (warcio reads it
			// so too): the body is the rest of the record
			resp.Body, resp.ContentLength = io.NopCloser(br), -1
		}
		ct := resp.Header.Get("Content-Type")
		if resp.StatusCode == http.StatusNotModified {
			// no redirect: the server's "same as the copy you have", a
			// revisit in all but its record type
			return nil, SkipRevisit, "status 304, not modified since an earlier capture", nil
		}
		if resp.StatusCode >= 300 && resp.StatusCode < 400 {
			return nil, SkipRedirect, redirectReason(resp.StatusCode, uri, resp.Header.Get("Location")), nil
		}
		if resp.StatusCode != http.StatusOK {
			return nil, SkipError, fmt.Sprintf("status %d", resp.StatusCode), nil
		}
		if f := article.SiteFile(uri); f != "" {
			return nil, SkipNotPage, f + ", no page", nil
		}
		if !isHTML(ct) && !isPlain(ct) {
			return nil, SkipNotPage, cmp.Or(mediaType(ct), "no content type"), nil
		}
		raw := &countio.Reader{R: resp.Body}
		body, err := decoded(raw, resp.Header.Get("Content-Encoding"))
		if err != nil && (errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF)) {
			// cut inside the encoding's own header (gzip's first bytes):
			// nothing of the page came; an empty body is an empty page
			if raw.N == 0 && errors.Is(err, io.EOF) && resp.ContentLength <= 0 {
				return &Page{URI: uri, Date: date, ContentType: ct, Body: []byte{}}, "", "", nil
			}
			return &Page{URI: uri, Date: date, ContentType: ct, Body: []byte{}, Cut: &BodyCut{Got: raw.N, Want: resp.ContentLength}}, "", "", nil
		}
		if err != nil {
			return nil, "", "", fmt.Errorf("%s: %w", uriName(uri), err)
		}
		data, err := readLimited(body)
		if c, ok := body.(io.Closer); ok && body != io.Reader(raw) {
			c.Close() // (a decoder's state)
		}
		var cut *BodyCut
		if errors.Is(err, io.ErrUnexpectedEOF) {
			// as above: the saved response is cut, the record whole;
			// what came is read, as a page a server cut off is
			cut = &BodyCut{Got: raw.N, Want: resp.ContentLength}
			data, err = partial(err), nil
		}
		if err != nil {
			return nil, "", "", fmt.Errorf("body of %s: %w", uriName(uri), err)
		}
		if isPlain(ct) {
			if data, why = plainText(uri, ct, data); why != "" {
				return nil, SkipNotArticle, why, nil
			}
		}
		return &Page{URI: uri, Date: date, ContentType: ct, Body: data, Cut: cut}, "", "", nil
	}
	return nil, "", "", nil
}

// notResponse is the error of a record (WARC-Type response or resource)
// whose block is no HTTP response Go's reader can read (err says why): it
// quotes the block's first line, which says what the block is, where Go's
// word alone ("malformed HTTP status code \"/\"") did not: `the block of
// this response record for https://example.org/a starts "HTTP/1.1 OK",
// not an HTTP response's status line ("HTTP/1.1 200 OK") (malformed HTTP
// status code "OK"); the record is not read`, `… starts "GET /a
// HTTP/1.1", an HTTP request's line, not a response's (…)`.
func notResponse(rec *gowarc.Record, uri string, err error) error {
	line := ""
	if _, serr := rec.Content.Seek(0, io.SeekStart); serr == nil {
		first, _ := bufio.NewReader(io.LimitReader(rec.Content, 200)).ReadString('\n')
		line = strings.TrimRight(first, "\r\n")
	}
	if r := []rune(strings.ToValidUTF8(line, "\uFFFD")); len(r) > 60 {
		line = string(r[:60]) + "…"
	}
	what := `not an HTTP response's status line ("HTTP/1.1 200 OK")`
	if m, _, _ := strings.Cut(line, " "); m != "" && strings.Contains(line, " HTTP/") && strings.Trim(m, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
		what = "an HTTP request's line, not a response's" // (a request saved as a response)
	}
	return fmt.Errorf("the block of this %s record for %s starts %q, %s (%v); the record is not read",
		rec.Header.Get("WARC-Type"), uriName(uri), line, what, err)
}

// dechunked reports a response labelled "Transfer-Encoding: chunked"
// whose body, read from br (not yet read), is not chunked: it does not
// start with a chunk-size line (hex digits, maybe a ";" extension, then
// CRLF or LF), as a crawler that removed the chunking but kept the header
// saves it ("<!DOCTYPE html>…"). An empty body is not (nothing came).
func dechunked(resp *http.Response, br *bufio.Reader) bool {
	if len(resp.TransferEncoding) == 0 || resp.TransferEncoding[len(resp.TransferEncoding)-1] != "chunked" {
		return false
	}
	head, _ := br.Peek(br.Size())
	if len(head) == 0 {
		return false
	}
	line, _, ok := bytes.Cut(head, []byte("\n"))
	if !ok {
		return true // (a chunk-size line is short)
	}
	size, _, _ := bytes.Cut(bytes.TrimSuffix(line, []byte("\r")), []byte(";"))
	size = bytes.TrimRight(size, " \t")
	if len(size) == 0 || len(size) > 16 {
		return true
	}
	for _, c := range size {
		if !isDigit(c) && (c|0x20 < 'a' || c|0x20 > 'f') {
			return true
		}
	}
	return false
}

// uriName names a record's target URI in messages: the URI, or "the
// record (no WARC-Target-URI)" for a record that gives none (a message
// read "captured for  is cut off").
func uriName(uri string) string {
	if uri == "" {
		return "the record (no WARC-Target-URI)"
	}
	return uri
}

// majorOnly reads r, a captured HTTP response, with a status line that
// names its version by the major number alone ("HTTP/2 200", as HTTP/2
// and HTTP/3 write it and some crawlers save it) given the minor too
// ("HTTP/2.0 200"), which Go's reader needs.
func majorOnly(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	head, _ := br.Peek(len("HTTP/2 "))
	if len(head) == len("HTTP/2 ") && string(head[:5]) == "HTTP/" && head[5] >= '2' && head[5] <= '9' && head[6] == ' ' {
		br.Discard(len("HTTP/2"))
		return io.MultiReader(strings.NewReader("HTTP/"+string(head[5])+".0"), br)
	}
	return br
}

// decoded reads raw, an HTTP body as the crawler saved it, with its
// content encoding removed: gzip, deflate (zlib-wrapped, as HTTP defines
// it, or raw, as some servers send it), br (brotli: browsers ask for it,
// and browser-based crawlers save the body as it came) or zstd. Another
// encoding is an error naming it ("unsupported content encoding
// \"compress\"").
func decoded(raw io.Reader, encoding string) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "", "identity":
		return raw, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(raw)
		if err != nil {
			return nil, fmt.Errorf("gzip content: %w", err)
		}
		return zr, nil
	case "deflate":
		br := bufio.NewReader(raw)
		if head, err := br.Peek(2); err == nil && head[0]&0x0f == 8 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 {
			zr, err := zlib.NewReader(br)
			if err != nil {
				return nil, fmt.Errorf("deflate content: %w", err)
			}
			return zr, nil
		}
		return flate.NewReader(br), nil
	case "br":
		return brotli.NewReader(raw), nil
	case "zstd":
		// a window of at most MaxPageSize: a page needs no more, and a
		// frame asking for more is refused before it costs memory
		zr, err := zstd.NewReader(raw, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxWindow(MaxPageSize))
		if err != nil {
			return nil, fmt.Errorf("zstd content: %w", err)
		}
		return zr.IOReadCloser(), nil
	}
	return nil, fmt.Errorf("unsupported content encoding %q", encoding)
}

// redirectReason is a redirect's Skip reason: "status 301 → URL", the
// Location resolved against the record's URI ("status 302" when it gives
// none).
func redirectReason(status int, uri, location string) string {
	location = strings.TrimSpace(location)
	if location == "" {
		return fmt.Sprintf("status %d", status)
	}
	if base, err := neturl.Parse(uri); err == nil {
		if ref, err := neturl.Parse(location); err == nil {
			location = base.ResolveReference(ref).String()
		}
	}
	return fmt.Sprintf("status %d → %s", status, location)
}

// revisitReason is a revisit record's Skip reason for its WARC-Profile:
// "revisit, same as an earlier capture" (identical payload digest),
// "revisit, not modified since an earlier capture" (server not
// modified), else "revisit".
func revisitReason(profile string) string {
	switch {
	case strings.Contains(profile, "identical-payload-digest"):
		return "revisit, same as an earlier capture"
	case strings.Contains(profile, "server-not-modified"):
		return "revisit, not modified since an earlier capture"
	}
	return "revisit"
}

// plainText decodes a text/plain payload to UTF-8 with the charset its
// Content-Type declares (none, or UTF-8: article.RepairUTF8, as HTML
// gets: a trailing cut character is dropped, a UTF-8 text with a stray
// byte keeps its UTF-8 with U+FFFD for the byte, and only a text holding
// no valid multi-byte sequence is read as Windows-1252),
// and says why it is no article when it is none: "text/plain, a table",
// "text/plain, JSON", "text/plain, a list of URLs", "text/plain, a log"
// (article.NotArticle),
// "text/plain, unknown charset x-foo", "text/plain, undecodable" (binary
// data, NUL bytes). A UTF-16 payload with a byte order mark is passed on
// as it is (article.Read decodes it).
// lineBlocks sets each line of a conversion record's text apart (a blank
// line between lines): in a WET record each line is a block of the page (a
// headline, a paragraph), never a line of wrapped text, so a page whose
// lines are all short is not rejoined into one paragraph with its title
// run into its lead. UTF-16 text (with a byte order mark) is left as it is.
func lineBlocks(data []byte) []byte {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return data
	}
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(data, []byte("\n"), []byte("\n\n"))
}

func plainText(uri, ct string, data []byte) ([]byte, string) {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return data, ""
	}
	label := ""
	if _, params, err := mime.ParseMediaType(ct); err == nil {
		label = strings.ToLower(strings.TrimSpace(params["charset"]))
	}
	var enc encoding.Encoding
	switch label {
	case "", "utf-8", "utf8", "us-ascii", "ascii":
	default:
		var name string
		if enc, name = charset.Lookup(label); enc == nil {
			return nil, fmt.Sprintf("text/plain, unknown charset %s", label)
		} else if name == "utf-8" {
			enc = nil
		}
	}
	if enc == nil {
		data, _ = article.RepairUTF8(data)
	} else {
		out, _, err := transform.Bytes(enc.NewDecoder(), data)
		if err != nil || !utf8.Valid(out) {
			return nil, "text/plain, undecodable"
		}
		data = out
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, "text/plain, undecodable"
	}
	if why := article.NotArticle(data); why != "" {
		return nil, "text/plain, " + why
	}
	return data, ""
}

func isHTML(ct string) bool {
	ct = strings.ToLower(ct)
	return strings.Contains(ct, "text/html") || strings.Contains(ct, "application/xhtml")
}

// isPlain reports a text/plain content type.
func isPlain(ct string) bool { return mediaType(ct) == "text/plain" }

// mediaType is ct's media type, lower case, without parameters
// ("text/plain; charset=utf-8" → "text/plain").
func mediaType(ct string) string {
	t, _, _ := strings.Cut(ct, ";")
	return strings.ToLower(strings.TrimSpace(t))
}

// SkipSummary says what became of a file's responses that held no page,
// "" when none: the redirects and the revisits first, each counted and
// named apart (a crawl's ordinary records, no failures), then the others
// skipped, the first three of each part named:
//
//	crawl.warc: 1 redirect: record 3 http://example.org/old (status 301
//	→ http://example.org/new); 1 revisit: record 4 http://example.org/a
//	(revisit, same as an earlier capture); 2 responses skipped, no HTML
//	or text page: record 5 http://example.org/gone.html (status 404),
//	record 6 http://example.org/img.png (image/png)
func SkipSummary(name string, skips []Skip) string {
	if len(skips) == 0 {
		return ""
	}
	var redirects, revisits, recaptured, empty, others []Skip
	for _, k := range skips {
		switch k.Kind {
		case SkipRedirect:
			redirects = append(redirects, k)
		case SkipRevisit:
			revisits = append(revisits, k)
		case SkipRecaptured:
			recaptured = append(recaptured, k)
		case SkipEmptyRecapture:
			empty = append(empty, k)
		default:
			others = append(others, k)
		}
	}
	var parts []string
	if len(redirects) > 0 {
		parts = append(parts, fmt.Sprintf("%s: %s", count(len(redirects), "redirect", "redirects"), nameSkips(redirects)))
	}
	if len(revisits) > 0 {
		parts = append(parts, fmt.Sprintf("%s: %s", count(len(revisits), "revisit", "revisits"), nameSkips(revisits)))
	}
	if len(recaptured) > 0 {
		parts = append(parts, fmt.Sprintf("%s of a page captured again later, the later read: %s", count(len(recaptured), "earlier capture", "earlier captures"), nameSkips(recaptured)))
	}
	if len(empty) > 0 {
		parts = append(parts, fmt.Sprintf("%s of a page with no story text, an earlier capture read: %s", count(len(empty), "later capture", "later captures"), nameSkips(empty)))
	}
	if len(others) > 0 {
		parts = append(parts, fmt.Sprintf("%s, no HTML or text page: %s", count(len(others), "response skipped", "responses skipped"), nameSkips(others)))
	}
	return name + ": " + strings.Join(parts, "; ")
}

// SkipCounts says how many skips there were of each kind, kinds in the
// order of the constants, a kind with none left out: "2 redirects, 1
// revisit, 3 error statuses, 1 file that is no page (…), 1 text that is
// no article, 1 earlier capture (a later one read), 1 later capture with
// no story text (an earlier one read)" ("" for none). The last two are
// captures of a page read from another capture (Recapture).
func SkipCounts(byKind map[string]int) string {
	var parts []string
	for _, k := range []struct{ kind, one, many string }{
		{SkipRedirect, "redirect", "redirects"},
		{SkipRevisit, "revisit", "revisits"},
		{SkipError, "error status", "error statuses"},
		{SkipNotPage, "file that is no page (an image, a PDF, robots.txt)", "files that are no page (images, PDFs, robots.txt)"},
		{SkipNotArticle, "text that is no article", "texts that are no article"},
		{SkipRecaptured, "earlier capture (a later one read)", "earlier captures (a later one read)"},
		{SkipEmptyRecapture, "later capture with no story text (an earlier one read)", "later captures with no story text (an earlier one read)"},
	} {
		if n := byKind[k.kind]; n > 0 {
			parts = append(parts, count(n, k.one, k.many))
		}
	}
	return strings.Join(parts, ", ")
}

// Recapture reports the kinds of Skip that are captures of a page read
// from another capture of its URI (SkipRecaptured, SkipEmptyRecapture):
// pages, unlike the other kinds, though not read.
func Recapture(kind string) bool {
	return kind == SkipRecaptured || kind == SkipEmptyRecapture
}

// count is "1 redirect", "2 redirects".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// nameSkips names the first three skips ("record 3 URI (reason)") and
// counts the rest ("and 2 more").
func nameSkips(skips []Skip) string {
	var named []string
	for _, k := range skips[:min(3, len(skips))] {
		named = append(named, fmt.Sprintf("record %d %s (%s)", k.Record, k.URI, k.Reason))
	}
	more := ""
	if len(skips) > 3 {
		more = fmt.Sprintf(" and %d more", len(skips)-3)
	}
	return strings.Join(named, ", ") + more
}

// readLimited reads r whole, at most MaxPageSize bytes. A payload that
// ends before its end (io.ErrUnexpectedEOF: a body shorter than its
// Content-Length, chunked without its last chunk, a gzip stream cut) is
// a *truncatedError holding the bytes that came (partial).
func readLimited(r io.Reader) ([]byte, error) {
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(r, MaxPageSize+1))
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, err
	}
	if err != nil && n <= MaxPageSize {
		return nil, &truncatedError{buf.Bytes(), err}
	}
	if err != nil {
		return nil, fmt.Errorf("truncated payload: %w", err)
	}
	if n > MaxPageSize {
		return nil, fmt.Errorf("page larger than %d bytes", MaxPageSize)
	}
	return buf.Bytes(), nil
}

// truncatedError is a payload cut before its end, with the bytes that
// came.
type truncatedError struct {
	data []byte
	err  error // wraps io.ErrUnexpectedEOF
}

func (e *truncatedError) Error() string { return "truncated payload: " + e.err.Error() }
func (e *truncatedError) Unwrap() error { return e.err }

// partial is the bytes that came of a payload cut before its end
// (readLimited's *truncatedError), nil for another error.
func partial(err error) []byte {
	if t := (*truncatedError)(nil); errors.As(err, &t) {
		return t.data
	}
	return nil
}
