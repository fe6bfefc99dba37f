// Package article turns raw input — plain text, HTML pages, JSON Lines
// records, possibly gzip-compressed, read from files, standard input or
// URLs — into dyad.Article values: the story's paragraphs with boilerplate
// removed, its photo captions kept apart, and its metadata (title, source,
// section, byline, publication date and where that date came from).
//
// Read is the entry point for bytes already in memory; Load reads a command
// line argument (file, URL or "-") and Fetch downloads a page. The package
// holds no mutable state; every function is safe for concurrent use.
package article

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/textdata"
)

// MaxInputSize is the largest input Read accepts, in bytes, before and after
// gzip decompression (50 MiB).
const MaxInputSize = 50 << 20

// Size is a size in bytes as messages give it: whole mebibytes or
// kibibytes as such ("50 MiB", "64 KiB"), any other size in bytes ("59
// bytes", "52428801 bytes").
func Size(n int64) string {
	switch {
	case n > 0 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n > 0 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	case n == 1:
		return "1 byte"
	}
	return fmt.Sprintf("%d bytes", n)
}

// Options tell Read how to interpret its input.
type Options struct {
	// Input is the input format: "auto" (or ""), "text", "html" or "jsonl".
	Input string
	// Date is a fallback publication date, YYYY-MM-DD, used (with
	// PublishedFrom "flag") only when the input carries none.
	Date string
	// URL is where the input was fetched from, if anywhere. It becomes the
	// article's URL unless the page declares a canonical one, and the key
	// of its ID; never a JSON Lines record's (each record has its own url,
	// or none).
	URL string
	// Warn, when not nil, is given the warnings about an input that is
	// read all the same, each naming the input (and line): an HTML page
	// that declares UTF-8 and holds bytes that are not ("page.html:12:
	// declares UTF-8 but holds a byte that is not UTF-8, 0xE9 at byte
	// offset 1234 (0-based): read as UTF-8, …"). Read calls it from the
	// caller's goroutine, before it returns.
	Warn func(string)
}

// Read parses one input named name (a file path, URL or "-", used in
// errors and in Article.Input) into articles.
//
// Text and HTML inputs give exactly one article. JSON Lines input gives one
// article per non-blank line, each a {"id","date","text"[,"title","url",
// "source"]} object ("text" split into paragraphs at newlines) or a whole
// dyad.Article as dyad extract --jsonl prints it ("published", "body" and
// the other fields kept); Article.Input is then "name:LINE". A line that does not
// parse is an error naming "name:LINE"; Read still returns the articles of
// the good lines, together with the errors of all broken lines joined
// (errors.Join). Callers that want all-or-nothing treat any error as fatal.
// A record whose article id an earlier record of the input has (its "id"
// given twice, or one url or text twice) is read all the same, with a
// warning to opt.Warn naming the input, both lines and the id (seenIDs).
//
// Every article gets Input and an ID: the JSONL record's id (a JSON
// string, or a JSON number as written: "id":7 is "7"; a bool, object or
// array is a bad line), else
// dyad.ArticleID(URL, NormalText(article)). Published is RFC 3339 when the
// input gives a time with a zone, RFC 3339 ending in dyad.UnknownOffset for
// a time without one (taken as UTC: "2006-01-02T15:04:05-00:00"), else
// "2006-01-02"; PublishedFrom says where it came from ("json-ld",
// "meta", "url", "text" for HTML; "header" for text headers and JSONL
// dates, or a JSONL article's own published_from; "text" for a "Published …" line; "flag" for Options.Date).
//
// Format detection (Input "auto"): JSON Lines when the first non-blank
// byte is "{" and the first line is a JSON object; HTML when the input
// starts with markup (<!doctype, <html, <head, <body, <div, <p …) or has
// <html near the top; else plain text. The plain-text forms understood
// are "KEY: value" header blocks (TITLE, DATE, URL, PUBLISHER, SOURCE,
// CATEGORY, DATELINE, AUTHOR…, as in the Giveme5W1H, NGEC and
// Reuters-21578 corpora), hard-wrapped Reuters bodies, headline-first
// files and agency page scrapes (section label, headline, agency line,
// "Published" stub, captions with credits, closing agency blurb).
//
// Gzip-compressed input (magic bytes 1f 8b) is decompressed first (a
// truncated gzip file is an error saying so), and UTF-16 input with a byte
// order mark, or without one when every other byte is NUL (textdata.BareUTF16), is
// decoded to UTF-8. Read
// fails, with an error naming the input, on empty input, input larger than
// MaxInputSize, a PDF document (it starts with %PDF-: "doc.pdf: a PDF
// document …, not text: dyad reads text, HTML pages, feeds, …"), binary
// data (NUL bytes or mostly control characters),
// invalid UTF-8 in text or JSON Lines input ("seed.txt:12: invalid UTF-8
// (byte 0xE9 at column 5)", the column in characters), an unknown Input format or a malformed Date;
// with Input "auto" also on data that is no article: a table (tabular), a listing of GDELT
// records (gdeltFields) or a JSON document that is neither JSON Lines records nor a feed
// ("JSON, not an article, feed or JSON Lines records"; feeds are read by package feed). HTML in another
// or an undeclared charset is decoded best effort. An HTML page cut off
// before its end (cutPage) gives its article, with the paragraphs before
// the cut, and a *CutError too. An HTML fragment (no <html> or <body>)
// that ends mid-text (cutFragment) gives its article less the sentence
// the cut left unfinished, with a warning naming the input, its last line
// and the words dropped. Input "text" asked of a whole HTML page (it
// starts with <!doctype html or <html) reads it as text, as asked, with a
// warning naming the input and the line ("page.txt:1: read as plain text
// (--input text), but it is an HTML page …").
func Read(name string, data []byte, opt Options) ([]*dyad.Article, error) {
	if name == "" {
		name = "input"
	}
	mode := strings.ToLower(strings.TrimSpace(opt.Input))
	switch mode {
	case "", "auto":
		mode = "auto"
	case "text", "html", "jsonl":
	default:
		return nil, fmt.Errorf("%s: unknown input format %q (want auto, text, html or jsonl)", name, opt.Input)
	}
	if opt.Date != "" {
		if _, err := time.Parse("2006-01-02", opt.Date); err != nil {
			if p := dayProblem(opt.Date); p != "" {
				return nil, fmt.Errorf("%s: bad date %q: %s", name, opt.Date, p)
			}
			return nil, fmt.Errorf("%s: bad date %q: want YYYY-MM-DD", name, opt.Date)
		}
		if p := DateProblem(opt.Date, time.Now()); p != "" {
			return nil, fmt.Errorf("%s: bad date %q: %s", name, opt.Date, p)
		}
	}
	if len(data) > MaxInputSize {
		return nil, fmt.Errorf("%s: input too large (over the limit of %s)", name, Size(MaxInputSize)) // (callers read one byte past the limit, not the whole input)
	}
	if gzipped(data) {
		var err error
		if data, err = Gunzip(data); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	if bytes.HasPrefix(data, pdfMagic) {
		// (its binary streams were said as invalid UTF-8 or a NUL byte)
		return nil, fmt.Errorf("%s: a PDF document (it starts with %s), not text: dyad reads text, HTML pages, feeds (RSS, Atom, JSON Feed), JSON Lines and WARC archives; convert it to text first (with pdftotext, say)", name, pdfMagic)
	}
	if zipArchive(data) {
		// (its compressed members were said as a NUL byte)
		return nil, fmt.Errorf("%s: a ZIP archive (it starts with PK), not text: dyad reads text, HTML pages, feeds (RSS, Atom, JSON Feed), JSON Lines and WARC archives; unzip it first and give dyad its files", name)
	}
	if textdata.HasUTF16BOM(data) {
		var err error
		if data, err = fromUTF16(data); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	} else if order, ok := textdata.BareUTF16(data); ok {
		var err error
		if data, err = unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder().Bytes(data[:len(data)&^1]); err != nil {
			return nil, fmt.Errorf("%s: bad UTF-16 data: %w", name, err)
		}
	}
	bom := 0 // (the offsets of utf8Warning count it)
	if bytes.HasPrefix(data, utf8BOM) {
		data, bom = data[len(utf8BOM):], len(utf8BOM)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("%s: empty input", name)
	}
	if err := textdata.CheckBinary(data); err != nil && mode != "jsonl" && (mode != "auto" || detect(data) != "jsonl") {
		// (a JSON Lines record with a NUL byte is said with its line)
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if mode == "text" && opt.Warn != nil {
		if tag, line := htmlStart(data); tag != "" {
			opt.Warn(fmt.Sprintf("%s:%d: read as plain text (--input text), but it is an HTML page (it starts with %s): its tags are read as words; --input html or auto reads its article", name, line, tag))
		}
	}
	if mode == "auto" {
		mode = detect(data)
		if mode == "text" {
			if sep, cols := tabular(data); cols > 0 {
				what := fmt.Sprintf("a table (%d %s-separated columns: a GDELT or dyad export?)", cols, sep)
				return nil, &NotArticleError{Input: name, What: what, msg: fmt.Sprintf("%s: %s, not an article; dyad codes news text (--input text to read it as text anyway)", name, what)}
			}
			if fields := gdeltFields(data); fields != "" {
				what := fmt.Sprintf("GDELT records (fields %s)", fields)
				return nil, &NotArticleError{Input: name, What: what, msg: fmt.Sprintf("%s: %s, not an article; dyad codes news text (--input text to read it as text anyway)", name, what)}
			}
			if what := jsonDocument(name, bytes.TrimSpace(data)); what != "" {
				return nil, &NotArticleError{Input: name, What: what, msg: fmt.Sprintf("%s: %s, not an article, feed or JSON Lines records (a JSON Lines file has one article object per line; --input text to read it as text anyway)", name, what)}
			}
		}
	}

	var arts []*dyad.Article
	var err error
	switch mode {
	case "jsonl":
		return readJSONL(name, data, opt)
	case "html":
		var w string
		if data, w = dropStrayBOMs(data, bom); w != "" && opt.Warn != nil {
			opt.Warn(name + ":" + w)
		}
		if w := utf8Warning(data, bom); w != "" {
			if opt.Warn != nil {
				opt.Warn(name + ":" + w)
			}
			// read as UTF-8 as it declares (its byte order mark, gone
			// now, too), as toUTF8 reads a <meta charset="utf-8">
			data = bytes.ToValidUTF8(dropCutRune(data), []byte("\uFFFD"))
		}
		hopt := opt // (its warnings named as Options.Warn says)
		if opt.Warn != nil {
			hopt.Warn = func(w string) { opt.Warn(name + ": " + w) }
		}
		var a *dyad.Article
		if a, err = readHTML(data, hopt); err == nil {
			arts = []*dyad.Article{a}
			if line, cut := cutPage(data); cut {
				// the paragraphs before the cut are kept and coded, less
				// the sentence the cut left unfinished; the input is
				// reported failed, as a feed cut off is
				a.Body = dropUnfinished(a.Body)
				finish(a, name, opt)
				return arts, &CutError{Input: name, Line: line, Paragraphs: len(a.Body)}
			}
			if line, cut := cutFragment(data); cut {
				// a fragment cut off is read and coded, less the
				// sentence the cut left unfinished, with a warning
				var w string
				if a.Body, w = dropCutSentence(name, line, a.Body); w != "" && opt.Warn != nil {
					opt.Warn(w)
				}
			}
		}
	default:
		if err = checkUTF8(data); err != nil {
			if ue, ok := err.(*utf8Error); ok {
				return nil, fmt.Errorf("%s:%d: %w", name, ue.line, err)
			}
			break
		}
		if stripped, n, line, osc := stripEscapes(data); n > 0 {
			// (colored terminal output: read without its escapes, said)
			data = stripped
			if opt.Warn != nil {
				opt.Warn(escapesWarning(name, line, n, osc))
			}
		}
		var a *dyad.Article
		if a, err = readText(string(data)); err != nil {
			if le, ok := err.(*lineError); ok {
				return nil, fmt.Errorf("%s:%d: %w", name, le.line, le.err)
			}
			break
		}
		if a.Source == "" {
			// a text page read from the web (a WARC record's text/plain
			// response, a URL) names its outlet by its host, as a page
			// in HTML that names none does
			a.Source = hostName(first(a.URL, opt.URL))
		}
		arts = []*dyad.Article{a}
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for _, a := range arts {
		finish(a, name, opt)
	}
	return arts, nil
}

// finish fills the fields every article gets whatever its format.
func finish(a *dyad.Article, input string, opt Options) {
	a.Input = input
	if a.URL == "" {
		a.URL = opt.URL
	}
	if a.Published == "" && opt.Date != "" {
		a.Published, a.PublishedFrom = opt.Date, "flag"
	}
	if a.Body == nil {
		a.Body = []string{}
	}
	if a.ID == "" {
		a.ID = dyad.ArticleID(a.URL, NormalText(a))
	}
}

// FlagDatedID is the id an article dated by the user (PublishedFrom
// "flag", --date) had in stores written before the user's date was left
// out of article ids (NormalText): its text with that date. It is "" for
// any other article (one with a URL, an id of its own or a date of its
// own). dyad ingest and dyad worker, re-run with --date on such a store,
// find the article stored under this id and skip it, as they did.
func FlagDatedID(a *dyad.Article) string {
	if a.URL != "" || a.PublishedFrom != "flag" || a.Published == "" ||
		a.ID != dyad.ArticleID("", NormalText(a)) {
		return ""
	}
	old := *a
	old.PublishedFrom = ""
	return dyad.ArticleID("", NormalText(&old))
}

// NormalText is the text an article's ID is computed from when it has no
// URL: the body paragraphs, each with runs of white space collapsed to one
// space, joined by newlines, after a "source: …" and a "published: …"
// line and a blank line when the article has a source or a publication
// date. One text sent by two agencies, or on two dates, is then two
// articles with two ids (stored both, as near-duplicates), not one report
// kept and the other dropped as "already stored"; a text with neither has
// the id of its body alone. A date the user gave (PublishedFrom "flag",
// --date) is not the article's own and is left out: one file ingested
// with --date and again without it is one article, stored once.
func NormalText(a *dyad.Article) string {
	var b strings.Builder
	// (a time read without a zone hashed as its clock reading, as before
	// it ended in dyad.UnknownOffset: the article keeps its id)
	published := strings.TrimSuffix(a.Published, dyad.UnknownOffset)
	if a.PublishedFrom == "flag" {
		published = ""
	}
	n := len(a.Source) + len(published) + 24
	for _, p := range a.Body {
		n += len(p) + 1
	}
	b.Grow(n)
	if a.Source != "" || published != "" {
		b.WriteString("source: ")
		b.WriteString(clean(a.Source))
		b.WriteString("\npublished: ")
		b.WriteString(clean(published))
		b.WriteString("\n\n")
	}
	for i, p := range a.Body {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(clean(p))
	}
	return b.String()
}

// tabular reports a data table, not prose: its first three non-blank
// lines (or all, when fewer) split into the same number of columns, at
// least 10, by tabs, commas or semicolons, with no space in the first
// line when commas or semicolons (a CSV header; semicolons are the CSV of
// locales whose decimal mark is a comma). It returns "tab", "comma" or
// "semicolon" and the columns, or 0.
func tabular(data []byte) (string, int) {
	var lines []string
	for _, l := range strings.SplitN(string(data[:min(len(data), 1<<16)]), "\n", 64) {
		if l = strings.TrimRight(l, "\r"); strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
		if len(lines) == 3 {
			break
		}
	}
	if len(lines) == 0 {
		return "", 0
	}
	for _, sep := range []struct{ name, s string }{{"tab", "\t"}, {"comma", ","}, {"semicolon", ";"}} {
		n := strings.Count(lines[0], sep.s) + 1
		if n < 10 || sep.s != "\t" && strings.Contains(lines[0], " ") {
			continue
		}
		same := true
		for _, l := range lines[1:] {
			if sep.s == "\t" && strings.Count(l, sep.s)+1 != n || sep.s != "\t" && strings.Count(l, sep.s)+1 < n {
				same = false
			}
		}
		if same {
			return sep.name, n
		}
	}
	return "", 0
}

// gdeltFields returns the first GDELT field names (up to three, joined by
// ", ") when data is a listing of GDELT records, "KEY = value" or "KEY:
// value" lines keyed by GDELT 2.x column names (GKGRECORDID, GLOBALEVENTID,
// V2.1DATE, V1PERSONS …) for at least three and half of its lines ('#'
// comment lines aside); else "".
func gdeltFields(data []byte) string {
	var names []string
	n, hits := 0, 0
	for _, l := range strings.SplitN(string(data[:min(len(data), 1<<16)]), "\n", 200) {
		l = strings.TrimSpace(l)
		if l == "" || l[0] == '#' {
			continue
		}
		n++
		k := strings.IndexAny(l, " \t=:")
		if k <= 0 {
			continue
		}
		if key := l[:k]; gdeltColumn(key) {
			hits++
			if len(names) < 3 {
				names = append(names, key)
			}
		}
	}
	if hits < 3 || 2*hits < n {
		return ""
	}
	return strings.Join(names, ", ")
}

// gdeltColumn reports whether key is a GDELT 2.x column name: GKGRECORDID,
// GLOBALEVENTID, or a version prefix V1, V2, V1.5 or V2.1 before upper-case
// letters ("V2PERSONS", "V2.1DATE", "V1.5TONE").
func gdeltColumn(key string) bool {
	if key == "GKGRECORDID" || key == "GLOBALEVENTID" {
		return true
	}
	if len(key) < 4 || key[0] != 'V' || key[1] != '1' && key[1] != '2' {
		return false
	}
	rest := key[2:]
	if len(rest) >= 2 && rest[0] == '.' && '0' <= rest[1] && rest[1] <= '9' {
		rest = rest[2:]
	}
	if len(rest) < 3 {
		return false
	}
	for i := 0; i < len(rest); i++ {
		if c := rest[i]; !('A' <= c && c <= 'Z' || c == '_') {
			return false
		}
	}
	return true
}

// fromUTF16 decodes UTF-16 text that starts with a byte order mark.
func fromUTF16(data []byte) ([]byte, error) {
	out, _, err := transform.Bytes(unicode.BOMOverride(unicode.UTF8.NewDecoder()), data)
	if err != nil {
		return nil, fmt.Errorf("bad UTF-16 data: %w", err)
	}
	return out, nil
}

// jsonDocument says what the trimmed input t of the input name is when
// it is one JSON document and no text: "JSON" for an object or an array,
// "JSON null" for null (and "JSON true", "JSON false"), and, in a file
// named .json, "JSON string" or "JSON number" for a string or a number
// ("null" in a .json file was coded as a one-word article); "" otherwise.
func jsonDocument(name string, t []byte) string {
	if len(t) == 0 || !json.Valid(t) {
		return ""
	}
	switch {
	case t[0] == '{' || t[0] == '[':
		return "JSON"
	case string(t) == "null" || string(t) == "true" || string(t) == "false":
		return "JSON " + string(t)
	case !strings.HasSuffix(strings.ToLower(name), ".json"):
		return ""
	case t[0] == '"':
		return "JSON string"
	}
	return "JSON number"
}

// maxGzipLayers is how many gzip layers Read takes off an input (a .gz of
// a .gz is two).
const maxGzipLayers = 3

// gzipped reports data that starts as gzip (magic bytes 1f 8b).
func gzipped(data []byte) bool { return len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b }

// Gunzip takes the gzip layers off data, as Read does: a .gz of a .gz
// (a server's gzip over a gzip'd file) is two, at most maxGzipLayers are
// taken, each inflated to at most MaxInputSize bytes. Data that is not
// gzip'd is returned as it is. Errors say what is wrong ("truncated gzip
// data (ends after 56 decompressed bytes)", "gzip layer 2: …", "gzip
// inside gzip more than 3 deep") without naming the input.
func Gunzip(data []byte) ([]byte, error) {
	for layer := 1; gzipped(data); layer++ {
		if layer > maxGzipLayers {
			return nil, fmt.Errorf("gzip inside gzip more than %d deep", maxGzipLayers)
		}
		var err error
		if data, err = gunzip(data); err != nil {
			if layer > 1 {
				err = fmt.Errorf("gzip layer %d: %w", layer, err)
			}
			return nil, err
		}
	}
	return data, nil
}

// gunzip decompresses data, refusing output over MaxInputSize. It
// inflates twice: once counting bytes into nothing, so that a gzip bomb
// is refused holding only the decompressor's window, then into a buffer
// of exactly the counted size (io.ReadAll's doubling would leave up to
// three times the output as garbage on the heap).
func gunzip(data []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, errors.New("truncated gzip data (cut inside the gzip header)")
	}
	if err != nil {
		return nil, fmt.Errorf("bad gzip data: %w", err)
	}
	n, err := io.Copy(io.Discard, io.LimitReader(zr, MaxInputSize+1))
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, fmt.Errorf("truncated gzip data (ends after %d decompressed bytes)", n)
	}
	if err != nil {
		return nil, fmt.Errorf("bad gzip data: %w", err)
	}
	if n > MaxInputSize {
		return nil, fmt.Errorf("input too large after gzip decompression (limit %s)", Size(MaxInputSize))
	}
	if err := zr.Reset(bytes.NewReader(data)); err != nil {
		return nil, fmt.Errorf("bad gzip data: %w", err)
	}
	out := make([]byte, n)
	if _, err := io.ReadFull(zr, out); err != nil {
		return nil, fmt.Errorf("bad gzip data: %w", err)
	}
	return out, nil
}

// zipArchive reports a ZIP archive (also a .docx, .xlsx, .epub or .jar):
// a local file header (PK 03 04), or the end record of an empty archive
// (PK 05 06) or a spanned one (PK 07 08).
func zipArchive(data []byte) bool {
	return bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06")) || bytes.HasPrefix(data, []byte("PK\x07\x08"))
}

// pdfMagic opens every PDF document (ISO 32000: "%PDF-1.7").
var pdfMagic = []byte("%PDF-")

// utf8Error is the first invalid UTF-8 sequence of an input: its first
// byte, its 1-based line and its 1-based column on that line in
// characters (each valid UTF-8 character before it counts one).
type utf8Error struct {
	b         byte
	line, col int
}

// Error is "invalid UTF-8 (byte 0xE9 at column 5)"; the line is for the
// caller to name with the input ("seed.txt:12: …").
func (e *utf8Error) Error() string {
	return fmt.Sprintf("invalid UTF-8 (byte 0x%02X at column %d)", e.b, e.col)
}

// checkUTF8 returns a *utf8Error for the first invalid UTF-8 sequence of
// data, else nil.
func checkUTF8(data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return &utf8Error{b: data[i], line: line, col: col}
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += n
	}
	return nil
}

// CutError is an HTML page cut off before its end (a download or crawl
// stopped mid-page): Read returns it with the article of the text before
// the cut. A caller that codes the article says the input failed; one
// that stores it should not, so that the whole page can be stored later.
type CutError struct {
	Input      string
	Line       int // the page's last line
	Paragraphs int // paragraphs read before the cut
}

// Error is "page.html:851: HTML page cut off after 4 paragraphs (it
// opens <html> or <body> and never closes it)".
func (e *CutError) Error() string {
	p := "paragraphs"
	if e.Paragraphs == 1 {
		p = "paragraph"
	}
	return fmt.Sprintf("%s:%d: HTML page cut off after %d %s (it opens <html> or <body> and never closes it)", e.Input, e.Line, e.Paragraphs, p)
}

// cutPage reports an HTML document cut off before its end: it opens an
// <html> or <body> element and has no </body> or </html> end tag (a
// download or crawl stopped mid-page; every page of the corpora's 107
// ends with one of them). line is the 1-based number of its last line.
// A fragment (paragraphs without <html> or <body>) is never cut.
func cutPage(data []byte) (line int, cut bool) {
	lower := bytes.ToLower(data[:min(len(data), 1<<16)])
	if !bytes.Contains(lower, []byte("<html")) && !bytes.Contains(lower, []byte("<body")) {
		return 0, false
	}
	for _, end := range [][]byte{[]byte("</body"), []byte("</html")} {
		for i := 0; i < len(data); {
			j := bytes.Index(data[i:], []byte("</"))
			if j < 0 {
				break
			}
			i += j
			if len(data)-i >= len(end) && bytes.EqualFold(data[i:i+len(end)], end) {
				return 0, false
			}
			i += 2
		}
	}
	return bytes.Count(bytes.TrimRight(data, "\r\n"), []byte("\n")) + 1, true
}

var markupRE = regexp.MustCompile(`^<(?:!doctype|html|head|body|div|p|article|section|main|meta|title|span|table|h[1-6]|!--|\?xml)\b`)

// htmlStart returns the opening of data, "<!doctype html" or "<html",
// when data (past blank space) starts with one, case aside, and the
// 1-based line it stands on; else "": a whole HTML page, not text that
// quotes markup.
func htmlStart(data []byte) (string, int) {
	t := bytes.TrimLeft(data, " \t\r\n\f")
	line := 1 + bytes.Count(data[:len(data)-len(t)], []byte("\n"))
	head := bytes.ToLower(t[:min(len(t), 15)])
	for _, tag := range []string{"<!doctype html", "<html"} {
		if bytes.HasPrefix(head, []byte(tag)) && (len(head) == len(tag) || !isNameByte(head[len(tag)])) {
			return string(t[:len(tag)]), line
		}
	}
	return "", 0
}

// isNameByte reports a byte that may continue an HTML tag name.
func isNameByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-'
}

// detect guesses the format of data: "jsonl" when it starts with "{" and
// its first line is a JSON object, "html" when it looks like markup, else
// "text".
func detect(data []byte) string {
	trimmed := bytes.TrimLeft(data, " \t\r\n\f")
	if len(trimmed) > 0 && trimmed[0] == '{' {
		line, _, _ := bytes.Cut(trimmed, []byte("\n"))
		var m map[string]any
		if json.Unmarshal(line, &m) == nil {
			return "jsonl"
		}
	}
	head := trimmed[:min(len(trimmed), 4096)]
	if bytes.IndexByte(head, '<') < 0 {
		return "text" // every markup test below needs a '<' (lower-casing makes none)
	}
	head = bytes.ToLower(head)
	if markupRE.Match(head) || bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<!doctype html")) {
		return "html"
	}
	return "text"
}

// record is one JSON Lines input line: the short form (date, text) or a
// whole dyad.Article as dyad extract --jsonl prints it (published, body
// and the other fields), or a mix; text and date win over body and
// published when both are given.
type record struct {
	ID     recordID `json:"id"`
	Date   string   `json:"date"`
	Text   string   `json:"text"`
	Title  string   `json:"title"`
	URL    string   `json:"url"`
	Source string   `json:"source"`

	Published     string   `json:"published"`
	PublishedFrom string   `json:"published_from"`
	Updated       string   `json:"updated"`
	Body          []string `json:"body"`
	Section       string   `json:"section"`
	Byline        string   `json:"byline"`
	Authors       []string `json:"authors"`
	Dateline      string   `json:"dateline"`
	Language      string   `json:"language"`
	Captions      []string `json:"captions"`

	// CAMEO is set on an event record (dyad's own output), which is no
	// article: errEventRecord
	CAMEO json.RawMessage `json:"cameo"`
}

// stripEscapes removes the terminal escape sequences (stripEscapes) from
// r's fields of words — its text and body, title, source, section,
// byline, authors, dateline and captions; not its id, url or dates, which
// are read as given — and returns how many it removed.
func (r *record) stripEscapes() int {
	n := 0
	strip := func(s *string) {
		if strings.Contains(*s, "\x1b[") || strings.Contains(*s, "\x1b]") {
			out, k, _, _ := stripEscapes([]byte(*s))
			*s, n = string(out), n+k
		}
	}
	for _, f := range []*string{&r.Text, &r.Title, &r.Source, &r.Section, &r.Byline, &r.Dateline} {
		strip(f)
	}
	for _, l := range [][]string{r.Body, r.Authors, r.Captions} {
		for i := range l {
			strip(&l[i])
		}
	}
	return n
}

// nulField returns the JSON name of the first field of r whose text holds
// a NUL character (written \u0000 in the line), else "".
func (r *record) nulField() string {
	has := func(s string) bool { return strings.IndexByte(s, 0) >= 0 }
	for _, f := range []struct {
		name string
		v    string
	}{{"id", string(r.ID)}, {"date", r.Date}, {"text", r.Text}, {"title", r.Title}, {"url", r.URL},
		{"source", r.Source}, {"published", r.Published}, {"published_from", r.PublishedFrom},
		{"updated", r.Updated}, {"section", r.Section}, {"byline", r.Byline},
		{"dateline", r.Dateline}, {"language", r.Language}} {
		if has(f.v) {
			return f.name
		}
	}
	for _, f := range []struct {
		name string
		v    []string
	}{{"body", r.Body}, {"authors", r.Authors}, {"captions", r.Captions}} {
		for _, v := range f.v {
			if has(v) {
				return f.name
			}
		}
	}
	return ""
}

// MaxRecordID is the longest id, in bytes, a JSON Lines record may give
// its article: both stores index it (PostgreSQL's B-tree takes keys of up
// to about 2.7 KB, the article id and a mention's with it), and
// /api/articles/ID serves it.
const MaxRecordID = 1024

// recordID is a JSON Lines record's "id": a JSON string, or a JSON number
// taken as its text as written ("id":7 is "7"); null is no id. A bool, an
// object or an array is a *json.UnmarshalTypeError (the decoder names the
// field).
type recordID string

// UnmarshalJSON implements json.Unmarshaler for recordID.
func (id *recordID) UnmarshalJSON(b []byte) error {
	switch {
	case len(b) == 0 || string(b) == "null":
		return nil
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*id = recordID(s)
		return nil
	case b[0] == '-' || b[0] >= '0' && b[0] <= '9':
		*id = recordID(b)
		return nil
	}
	kind := "object"
	switch b[0] {
	case 't', 'f':
		kind = "bool"
	case '[':
		kind = "array"
	}
	return &json.UnmarshalTypeError{Value: kind, Type: reflect.TypeOf("")}
}

// errEventRecord reports a JSON Lines record that is an event (dyad's
// own output, "dyad code --format json"), not an article: the rest of its
// file is skipped rather than reported line by line.
var errEventRecord = errors.New(`an event record (it has "cameo": dyad's output), not an article: the file is skipped`)

// IsEventRecord reports whether the first line of head (the start of a
// JSON Lines file) is an event record — dyad's own output, with a "cameo"
// field and no "text" or "body" — rather than an article: a folder's
// *.expected.jsonl beside its articles, say.
func IsEventRecord(head []byte) bool {
	line, _, _ := bytes.Cut(bytes.TrimSpace(head), []byte("\n"))
	var r record
	_ = json.Unmarshal(line, &r) // (a type error still fills the other fields)
	return r.isEvent()
}

// isEvent reports an event record: a "cameo" and no text.
func (r *record) isEvent() bool { return r.CAMEO != nil && r.Text == "" && len(r.Body) == 0 }

// binarySniff is how much of the start of a JSON Lines input binaryJSONL
// looks at: 1 KiB.
const binarySniff = 1 << 10

// binaryJSONL reports a JSON Lines input, head its first bytes, that is
// binary data rather than records: a NUL byte in its first KiB while no
// line there starts as a JSON object ('{' after any white space or a
// leading UTF-8 byte order mark), as an image or an executable given
// --input jsonl. Such an input is one error, "binary data (NUL byte at
// byte 7): not JSON Lines, no record read", not an error per line; a stray
// NUL in a record of a JSON Lines file (its first line a record, an array
// or anything else, its other lines records) is said with its line
// (readRecordAt) and the other records are read. It returns nil otherwise.
func binaryJSONL(head []byte) error {
	head = head[:min(len(head), binarySniff)]
	i := bytes.IndexByte(head, 0)
	if i < 0 {
		return nil
	}
	for _, line := range bytes.Split(bytes.TrimPrefix(head, utf8BOM), []byte("\n")) {
		if t := bytes.TrimLeft(line, " \t\r\f"); len(t) > 0 && t[0] == '{' {
			return nil
		}
	}
	return fmt.Errorf("binary data (NUL byte at byte %d): not JSON Lines, no record read", i)
}

// notJSONLSniff is how much of a JSON Lines input after its first
// non-blank line notJSONL looks at for a record: 64 KiB.
const notJSONLSniff = 64 << 10

// notJSONL reports a JSON Lines input that is text rather than records, as
// a plain text file given --input jsonl: line, its first non-blank line
// (trimmed, without a byte order mark), is not JSON and does not start as a
// JSON object, and no line of rest (the bytes after it at hand, at most
// notJSONLSniff) starts as one either. So is one JSON object or array
// written over several lines (dyad extract's indented output), when it
// ends within rest: "name:1: not JSON Lines (line 1 starts a JSON object
// written over 14 lines, …)". Such an input is one error,
// "name:1: not JSON Lines (line 1 reads "Hello world."): no record read;
// give --input text, or auto", not an error per line; a JSON Lines file
// with a bad first line (a record cut at its start, a stray heading) but
// records after it has its lines read one by one. It returns nil otherwise.
func notJSONL(line, rest []byte, n int) error {
	rest = rest[:min(len(rest), notJSONLSniff)]
	if len(line) > 0 && (line[0] == '{' || line[0] == '[') && !json.Valid(line) {
		// one JSON document written over several lines (dyad extract's
		// indented output, a JSON array): its lines are no records
		var doc json.RawMessage
		dec := json.NewDecoder(io.MultiReader(bytes.NewReader(line), strings.NewReader("\n"), bytes.NewReader(rest)))
		if dec.Decode(&doc) == nil {
			kind := "object"
			if line[0] == '[' {
				kind = "array"
			}
			return fmt.Errorf("not JSON Lines (line %d starts a JSON %s written over %d lines, as dyad extract prints without --jsonl): no record read; write one object per line (dyad extract --jsonl, or jq -c)", n, kind, bytes.Count(doc, []byte("\n"))+1)
		}
	}
	if len(line) == 0 || line[0] == '{' || json.Valid(line) {
		return nil
	}
	for _, l := range bytes.Split(rest, []byte("\n")) {
		if t := bytes.TrimLeft(l, " \t\r\f"); len(t) > 0 && t[0] == '{' {
			return nil
		}
	}
	quote := strings.ToValidUTF8(string(line), "\uFFFD")
	if r := []rune(quote); len(r) > 40 {
		quote = string(r[:40]) + "…"
	}
	return fmt.Errorf("not JSON Lines (line %d reads %q): no record read; give --input text, or auto", n, quote)
}

// utf8BOM is the UTF-8 byte order mark, which a JSON Lines file may start
// with (an editor on Windows writes one): the first record is read after it.
var utf8BOM = []byte("\xef\xbb\xbf")

// readJSONL reads one article per non-blank line; see Read.
func readJSONL(name string, data []byte, opt Options) ([]*dyad.Article, error) {
	if err := binaryJSONL(data); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var arts []*dyad.Article
	var errs []error
	var esc escapeCount
	defer esc.warn(name, opt.Warn)
	var ids seenIDs
	defer ids.warn(name, opt.Warn)
	off := 0 // of the line after raw in data
	for i, raw := range bytes.Split(data, []byte("\n")) {
		off += len(raw) + 1
		line := bytes.TrimSpace(raw)
		if len(line) == 0 {
			continue
		}
		at := fmt.Sprintf("%s:%d", name, i+1)
		if len(arts) == 0 && len(errs) == 0 {
			rest := data[min(len(data), off):]
			if err := notJSONL(bytes.TrimSpace(bytes.TrimPrefix(line, utf8BOM)), rest, i+1); err != nil {
				return nil, fmt.Errorf("%s: %w", at, err)
			}
		}
		a, n, err := readRecordAt(raw, line, i+1)
		esc.add(i+1, n)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", at, err))
			if errors.Is(err, errEventRecord) {
				break
			}
			continue
		}
		ids.finish(a, name, at, i+1, opt)
		arts = append(arts, a)
	}
	if len(arts) == 0 && len(errs) == 0 {
		errs = append(errs, fmt.Errorf("%s: empty input", name))
	}
	return arts, errors.Join(errs...)
}

// readRecordAt is readRecord for the JSON Lines record line, trimmed from
// raw, the n-th line of its input (the first after a UTF-8 byte order
// mark, dropped): a raw NUL byte in it (which no JSON text holds, and no
// record may: a NUL character written \u0000 is refused too) is "NUL byte
// at line 2, column 8 (…)", the column in characters of raw, not "bad
// JSON". It returns the number of terminal escape sequences removed from
// the record's text (readRecord).
func readRecordAt(raw, line []byte, n int) (*dyad.Article, int, error) {
	if n == 1 {
		raw, line = bytes.TrimPrefix(raw, utf8BOM), bytes.TrimSpace(bytes.TrimPrefix(line, utf8BOM))
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return nil, 0, fmt.Errorf(`NUL byte at line %d, column %d (a raw NUL byte: a record holds no NUL, raw or written \u0000; remove it)`, n, utf8.RuneCount(raw[:i])+1)
	}
	return readRecord(line)
}

// readRecord reads the JSON Lines record line. The terminal escape
// sequences its text holds ("\u001b[31m", colours kept from a terminal's
// output: stripEscapes) are removed from the text, the title and the
// other fields of words, as from a plain text input, and counted (n):
// its caller warns of them once per input (escapeCount).
func readRecord(line []byte) (*dyad.Article, int, error) {
	if err := checkUTF8(line); err != nil {
		return nil, 0, err
	}
	if bytes.Equal(bytes.TrimSpace(line), []byte("null")) {
		// (decodes into an empty record without an error: "no text"
		// would blame a field the line does not have)
		return nil, 0, errors.New("bad JSON: want an object, got a JSON null")
	}
	var r record
	dec := json.NewDecoder(bytes.NewReader(line))
	err := dec.Decode(&r)
	if r.isEvent() {
		return nil, 0, errEventRecord
	}
	if err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			if te.Field == "" {
				return nil, 0, fmt.Errorf("bad JSON: want an object, got a JSON %s", te.Value)
			}
			switch {
			case te.Field == "body" && te.Value == "string":
				// (a list of paragraphs, as dyad extract --jsonl writes it)
				return nil, 0, errors.New(`bad JSON: field "body" is a JSON string: "body" is a list of paragraphs (["…", "…"]); give one string as "text"`)
			case te.Field == "body":
				return nil, 0, fmt.Errorf(`bad JSON: field "body" is a JSON %s: "body" is a list of paragraphs (["…", "…"])`, te.Value)
			case te.Field == "text" && te.Value == "array":
				return nil, 0, errors.New(`bad JSON: field "text" is a JSON array: "text" is one string; give a list of paragraphs as "body"`)
			case te.Field == "text":
				return nil, 0, fmt.Errorf(`bad JSON: field "text" is a JSON %s: "text" is one string`, te.Value)
			}
			return nil, 0, fmt.Errorf("bad JSON: field %q is a JSON %s", te.Field, te.Value) // (not the Go type it would fill)
		}
		return nil, 0, fmt.Errorf("bad JSON: %w", err)
	}
	if dec.More() {
		return nil, 0, errors.New("bad JSON: trailing data after the object")
	}
	if f := twiceGiven(line); f != "" {
		// the decoder keeps the last silently: which is the article's
		// is not known
		return nil, 0, fmt.Errorf("field %s given twice: give each field once", f)
	}
	if f := r.nulField(); f != "" {
		// as a text file with a NUL byte is: binary data, no article
		return nil, 0, fmt.Errorf(`binary data (field %q holds a NUL character, \u0000)`, f)
	}
	if len(r.ID) > MaxRecordID {
		// (PostgreSQL refused it obscurely, "index row size … exceeds
		// btree version 4 maximum 2704", where SQLite took it)
		return nil, 0, fmt.Errorf(`id of %d bytes: an article's id is at most %d bytes; shorten it, or leave it out (the article's id is then the hash of its url or its text)`, len(r.ID), MaxRecordID)
	}
	if r.ID == "." || r.ID == ".." || r.ID == "/" {
		// (/api/articles/.. and /api/articles/%2F, read as an empty
		// segment, are refused as paths: such an article could be
		// stored and never served)
		return nil, 0, fmt.Errorf(`id %q: ".", ".." and "/" cannot be an article's id (no address can name them); give another, or leave it out (the article's id is then the hash of its url or its text)`, string(r.ID))
	}
	// white space around an address is no part of it: spaces, tabs,
	// line breaks, a no-break space (unicode.IsSpace), all trimmed alike
	// (a tab or a newline at its end, a spreadsheet's cell pasted whole,
	// was refused where spaces were trimmed); kept, " https://…/a" was
	// stored and exported with its spaces, and a url of spaces alone
	// gave every such record one id, the hash of "" (a url of nothing
	// is no url: the record's id is then its text's)
	r.URL = strings.TrimSpace(r.URL)
	if c := controlChar(r.URL); c != "" {
		// an address holds none within it: a tab or newline inside was
		// stored, served and exported as written
		return nil, 0, fmt.Errorf(`url %q holds %s: an address has no control characters; fix the url or leave it out`, r.URL, c)
	}
	n := r.stripEscapes()
	if err := r.conflict(); err != nil {
		return nil, 0, err
	}
	paras := r.Body
	if strings.TrimSpace(r.Text) != "" {
		paras = strings.Split(strings.ReplaceAll(r.Text, "\r\n", "\n"), "\n")
	}
	a := &dyad.Article{
		ID:       string(r.ID),
		URL:      r.URL,
		Title:    clean(r.Title),
		Source:   clean(r.Source),
		Section:  clean(r.Section),
		Byline:   clean(r.Byline),
		Authors:  r.Authors,
		Dateline: clean(r.Dateline),
		Language: r.Language,
		Captions: r.Captions,
	}
	for _, p := range paras {
		if p = clean(p); p != "" {
			a.Body = append(a.Body, p)
		}
	}
	if len(a.Body) == 0 {
		if u := unknownFields(line); len(u) > 0 {
			return nil, 0, fmt.Errorf(`no text ("text" and "body" empty or missing); unknown field %s (a JSON Lines article has "id", "date", "text", "title", "url", "source", or the fields of dyad extract --jsonl)`, strings.Join(u, ", "))
		}
		return nil, 0, errors.New(`no text ("text" and "body" empty or missing)`)
	}
	if a.Dateline == "" {
		StripDateline(a) // "GENEVA (Reuters) - …" in a scraped text field
	}
	if date, field := r.Date, "date"; date != "" || r.Published != "" {
		from := "header"
		if date == "" {
			date, field = r.Published, "published"
			if r.PublishedFrom != "" {
				from = r.PublishedFrom
			}
		}
		d, ok := parseDate(date)
		if !ok {
			if p := dayProblem(date); p != "" {
				return nil, 0, fmt.Errorf("bad %s %q: %s", field, date, p)
			}
			return nil, 0, fmt.Errorf("bad %s %q: write it as YYYY-MM-DD (or RFC 3339)", field, date)
		}
		if p := futureDate(d, time.Now()); p != "" {
			return nil, 0, fmt.Errorf("bad %s %q: %s", field, date, p)
		}
		a.Published, a.PublishedFrom = d, from
	}
	if r.Updated != "" {
		d, ok := parseDate(r.Updated)
		if !ok {
			return nil, 0, fmt.Errorf("bad updated %q: write it as YYYY-MM-DD (or RFC 3339)", r.Updated)
		}
		// kept only when it falls on a later day than published, as a
		// page's dateModified is (pageUpdated): an update before
		// publication, or of an undated article, says nothing
		if u, ok := dyad.ParseStamp(d); ok {
			if p, ok := dyad.ParseStamp(a.Published); ok && u.Format("2006-01-02") > p.Format("2006-01-02") {
				a.Updated = d
			}
		}
	}
	return a, n, nil
}

// controlChar names the first control character of s ("a tab", "a
// newline", "a carriage return", "U+001B"); "" when s has none.
func controlChar(s string) string {
	for _, c := range s {
		switch {
		case c == '\t':
			return "a tab"
		case c == '\n':
			return "a newline"
		case c == '\r':
			return "a carriage return"
		case c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0:
			return fmt.Sprintf("U+%04X", c)
		}
	}
	return ""
}

// conflict refuses a record that gives one thing twice under two names
// and two values, as a field given twice is refused: "text" and "body"
// whose words differ, "date" and "published" that fall on different days
// (both read). Which the writer meant is not known; the same text, or the
// same day, twice is read as before ("text", "date").
func (r *record) conflict() error {
	body := strings.Fields(strings.Join(r.Body, " "))
	if text := strings.Fields(r.Text); len(text) > 0 && len(body) > 0 && !slices.Equal(text, body) {
		return errors.New(`"text" and "body" both given, and they differ: give one (dyad extract --jsonl writes "body"; "text" is one string, "body" a list of paragraphs)`)
	}
	if r.Date == "" || r.Published == "" {
		return nil
	}
	d, ok1 := parseDate(r.Date)
	p, ok2 := parseDate(r.Published)
	if ok1 && ok2 && d[:10] != p[:10] && !sameInstant(d, p) {
		return fmt.Errorf(`"date" %q and "published" %q both given, and they differ: give one`, r.Date, r.Published)
	}
	return nil
}

// sameInstant reports two RFC 3339 stamps of one moment written in two
// zones ("2024-07-13T23:30:00-05:00", "2024-07-14T04:30:00Z").
func sameInstant(a, b string) bool {
	ta, err1 := time.Parse(time.RFC3339, a)
	tb, err2 := time.Parse(time.RFC3339, b)
	return err1 == nil && err2 == nil && ta.Equal(tb)
}

// recordFields are the JSON names of record's fields.
var recordFields = func() map[string]bool {
	m := map[string]bool{}
	t := reflect.TypeOf(record{})
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		m[name] = true
	}
	return m
}()

// twiceGiven returns the first field of a record (recordFields) that the
// JSON object line gives twice, quoted as the line writes it the second
// time (`"text"`, `"Text" (as "text")`), "" when none is. encoding/json
// matches names without regard to case and keeps the last value, so
// {"text": "…", "Text": "…"} is two of "text".
func twiceGiven(line []byte) string {
	var seen []string // the record fields given, lower-cased
	depth, keyNext := 0, false
	for i := 0; i < len(line); i++ {
		switch c := line[i]; c {
		case '"':
			j := i + 1
			for j < len(line) && line[j] != '"' {
				if line[j] == '\\' {
					j++
				}
				j++
			}
			if depth == 1 && keyNext && j < len(line) {
				key := string(line[i+1 : j])
				if strings.IndexByte(key, '\\') >= 0 {
					_ = json.Unmarshal(line[i:j+1], &key) // "te\u0078t"
				}
				name := strings.ToLower(key)
				if recordFields[name] {
					if slices.Contains(seen, name) {
						if name != key {
							return strconv.Quote(key) + " (as " + strconv.Quote(name) + ")"
						}
						return strconv.Quote(name)
					}
					seen = append(seen, name)
				}
			}
			keyNext = false
			i = j
		case '{', '[':
			depth++
			keyNext = c == '{' && depth == 1
		case '}', ']':
			depth--
		case ',':
			keyNext = depth == 1
		}
	}
	return ""
}

// unknownFields returns the quoted names of a JSON object's fields that a
// record does not have ("txt" for "text"), sorted.
func unknownFields(line []byte) []string {
	var m map[string]json.RawMessage
	if json.Unmarshal(line, &m) != nil {
		return nil
	}
	var out []string
	for k := range m {
		if !recordFields[k] && !recordFields[strings.ToLower(k)] {
			out = append(out, strconv.Quote(k))
		}
	}
	sort.Strings(out)
	return out
}

// clean collapses runs of white space (including no-break spaces) to one
// space and trims the ends, after dropping format characters
// (formatchars.go): strings.Join(strings.Fields(dropFormat(s)), " "),
// without allocating when s is clean already (most lines are).
func clean(s string) string {
	if isClean(s) {
		return s
	}
	return strings.Join(strings.Fields(dropFormat(s)), " ")
}

// EachJSONL streams JSON Lines articles from r, one per non-blank line,
// calling fn for each: memory stays bounded by the longest line kept (at
// most MaxInputSize bytes) and a hash of the first million records' ids,
// whatever the input's size. A record that repeats an earlier record's
// article id is handed to fn all the same, with a warning to opt.Warn
// naming both lines and the id (seenIDs). A binary input (a
// NUL byte in its first KiB, not starting as a JSON object) is reported to
// bad once, "name: binary data (NUL byte at byte 7): not JSON Lines, no
// record read", and nothing is read; so is an input with no non-blank
// line, "name: empty input" (as Read). Bad lines are reported to bad as "name:LINE: reason" and skipped; a line longer than
// MaxInputSize is reported as "name:LINE: record over 50 MiB" and
// skipped without being held in memory. An error from fn or a read error
// stops the stream and is returned. Terminal escape sequences removed from
// the records' text are warned of once, to opt.Warn, at the end: "name:3:
// 4 terminal escape sequences (…) removed: …", the line of the first
// record that held one. A gzip'd stream (magic bytes 1f 8b: a .jsonl.gz
// file, or one piped in) is inflated as it is read, record by record; one
// cut off ends with the error "name: truncated gzip data (the records
// before the cut are read)", after its complete records, and one whose
// gzip header is bad is reported to bad, "name: not a readable gzip file:
// gzip: invalid header".
func EachJSONL(name string, r io.Reader, opt Options, fn func(*dyad.Article) error, bad func(error)) error {
	return eachJSONL(name, r, MaxInputSize, opt, fn, bad)
}

// JSONLName reports a file name EachJSONL streams: a JSON Lines file,
// .jsonl or .ndjson, also gzip'd (.jsonl.gz, .ndjson.gz).
func JSONLName(name string) bool {
	p := strings.TrimSuffix(name, ".gz")
	return strings.HasSuffix(p, ".jsonl") || strings.HasSuffix(p, ".ndjson")
}

// eachJSONL is EachJSONL with lines of up to max bytes (without the
// newline).
func eachJSONL(name string, r io.Reader, max int, opt Options, fn func(*dyad.Article) error, bad func(error)) error {
	br := bufio.NewReaderSize(r, 1<<16)
	if head, _ := br.Peek(2); gzipped(head) {
		// a gzip'd JSON Lines file (.jsonl.gz, or piped in): streamed
		// as dyad ingest streams it, record by record, whatever --input
		zr, err := gzip.NewReader(br)
		if err != nil {
			bad(fmt.Errorf("%s: not a readable gzip file: %w", name, err))
			return nil
		}
		defer zr.Close()
		br = bufio.NewReaderSize(&gzipCut{r: zr}, 1<<16)
	}
	if head, _ := br.Peek(binarySniff); binaryJSONL(head) != nil {
		bad(fmt.Errorf("%s: %w", name, binaryJSONL(head)))
		return nil
	}
	var buf []byte
	held := false // a non-blank line was read
	var esc escapeCount
	defer esc.warn(name, opt.Warn)
	var ids seenIDs
	defer ids.warn(name, opt.Warn)
	for n := 1; ; n++ {
		buf = buf[:0]
		over := false
		var rerr error
		for {
			chunk, err := br.ReadSlice('\n')
			if !over {
				size := len(buf) + len(chunk)
				if len(chunk) > 0 && chunk[len(chunk)-1] == '\n' {
					size--
				}
				if size > max {
					over, buf = true, buf[:0]
				} else {
					buf = append(buf, chunk...)
				}
			}
			if err != bufio.ErrBufferFull {
				rerr = err
				break
			}
		}
		if rerr != nil && rerr != io.EOF {
			// the stream broke inside this line (a gzip'd file cut off):
			// the line is part of a record, not a bad one
			return fmt.Errorf("%s: %w", name, rerr)
		}
		if over {
			held = true
			bad(fmt.Errorf("%s:%d: record over %s", name, n, Size(int64(max))))
		} else if line := bytes.TrimSpace(buf); n == 1 && len(bytes.TrimSpace(bytes.TrimPrefix(line, utf8BOM))) == 0 {
			// blank but for a byte order mark, as Read drops it
		} else if len(line) > 0 {
			at := fmt.Sprintf("%s:%d", name, n)
			if !held {
				// (rest: what is buffered, so a slow stream is not waited on)
				rest, _ := br.Peek(br.Buffered())
				if err := notJSONL(bytes.TrimSpace(bytes.TrimPrefix(line, utf8BOM)), rest, n); err != nil {
					bad(fmt.Errorf("%s: %w", at, err))
					return nil
				}
			}
			held = true
			a, k, err := readRecordAt(buf, line, n)
			esc.add(n, k)
			if errors.Is(err, errEventRecord) {
				bad(fmt.Errorf("%s: %w", at, err))
				return nil
			}
			if err != nil {
				bad(fmt.Errorf("%s: %w", at, err))
			} else {
				ids.finish(a, name, at, n, opt)
				if err := fn(a); err != nil {
					return err
				}
			}
		}
		if rerr == io.EOF {
			if !held {
				// as Read says of an empty file: no record is no stream
				bad(fmt.Errorf("%s: empty input", name))
			}
			return nil
		}
		if rerr != nil {
			return fmt.Errorf("%s: %w", name, rerr)
		}
	}
}

// gzipCut reads a gzip stream, saying a stream that ends cut off
// ("truncated gzip data", io.ErrUnexpectedEOF) as Gunzip says it, not as a
// bare "unexpected EOF".
type gzipCut struct{ r io.Reader }

func (g *gzipCut) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if errors.Is(err, io.ErrUnexpectedEOF) {
		err = errors.New("truncated gzip data (the records before the cut are read)")
	} else if err != nil && err != io.EOF {
		err = fmt.Errorf("bad gzip data: %w", err)
	}
	return n, err
}

// CaptureDate dates the articles of a WARC record's page that give no
// publication date (nor Options.Date) by the record's WARC-Date, the time
// of capture (PublishedFrom "warc"): their events resolve "on Monday"
// against it and are not left undated. A page's own date always wins.
// dyad ingest, dyad code and dyad extract all date WARC pages so.
func CaptureDate(arts []*dyad.Article, warcDate string) {
	if warcDate == "" {
		return
	}
	for _, a := range arts {
		if a != nil && a.Published == "" {
			a.Published, a.PublishedFrom = warcDate, "warc"
		}
	}
}
