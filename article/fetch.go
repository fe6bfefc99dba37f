package article

import (
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/ctxio"
)

// UserAgent is the User-Agent header Fetch sends.
const UserAgent = "dyad/0.1 (+event coder)"

// FetchTimeout bounds a whole Fetch (connection, redirects and body) unless
// the context has an earlier deadline.
const FetchTimeout = 30 * time.Second

// maxRedirects is the number of redirects Fetch follows.
const maxRedirects = 5

// Fetch downloads url (http or https only), following at most 5 redirects,
// and returns the body (at most MaxInputSize bytes) and the final URL after
// redirects. It fails with an error naming the URL on another scheme, a
// non-2xx status, a response served as no page (notPageMedia: a PDF,
// an image, audio or video, an office document), a body over MaxInputSize, a body that is not the gzip
// its Content-Encoding says, or a timeout (FetchTimeout
// unless ctx ends sooner). A response cut off (the server closes the
// connection mid-body, before its Content-Length or last chunk) gives the
// bytes received with a *FetchCutError.
func Fetch(ctx context.Context, rawURL string) (data []byte, finalURL string, err error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, "", fmt.Errorf("%s: bad URL: %w", rawURL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, "", fmt.Errorf("%s: unsupported URL scheme %q (want http or https)", rawURL, u.Scheme)
	}
	if u.Host == "" {
		return nil, "", fmt.Errorf("%s: URL has no host", rawURL)
	}
	limit := FetchTimeout // (the time allowed, for the message of a timeout)
	if d, ok := ctx.Deadline(); ok && time.Until(d) < limit {
		limit = time.Until(d)
	}
	ctx, cancel := context.WithTimeout(ctx, FetchTimeout)
	defer cancel()
	timedOut := func() bool { return errors.Is(ctx.Err(), context.DeadlineExceeded) }
	after := limit.Round(100 * time.Millisecond)
	client := &http.Client{
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects {
				return fmt.Errorf("more than %d redirects", maxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to unsupported scheme %q", req.URL.Scheme)
			}
			return nil
		},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
	resp, err := client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		if timedOut() {
			// it said "context deadline exceeded" alone
			return nil, "", fmt.Errorf("%s: timed out after %v: no answer (%w)", rawURL, after, err)
		}
		return nil, "", fmt.Errorf("%s: %w", rawURL, err)
	}
	defer resp.Body.Close()
	finalURL = resp.Request.URL.String()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, finalURL, fmt.Errorf("%s: HTTP status %s", rawURL, resp.Status)
	}
	if mt := notPageMedia(resp.Header.Get("Content-Type")); mt != "" {
		// a PDF, an image, an office document: no text to code, whatever
		// its first bytes look like (a WARC archive's reader skips such
		// responses too)
		return nil, finalURL, fmt.Errorf("%s: served as %s, not a page: dyad reads HTML, text, feeds and WARC archives", rawURL, mt)
	}
	data, err = io.ReadAll(io.LimitReader(resp.Body, MaxInputSize+1))
	var corrupt flate.CorruptInputError
	if errors.Is(err, gzip.ErrHeader) || errors.Is(err, gzip.ErrChecksum) || errors.As(err, &corrupt) {
		// (Go's transport decodes a gzip body): no cut connection, a bad body
		return nil, finalURL, fmt.Errorf("%s: the response is not the gzip its Content-Encoding header says (%w)", rawURL, err)
	}
	if err != nil && ctx.Err() == nil {
		// the server closed the connection mid-body (or reset it): the
		// bytes received are given, with an error saying so
		return data, finalURL, &FetchCutError{URL: rawURL, Got: len(data), Want: resp.ContentLength, Err: err}
	}
	if err != nil && timedOut() {
		return nil, finalURL, fmt.Errorf("%s: timed out after %v reading the page, %d bytes received (%w)", rawURL, after, len(data), err)
	}
	if err != nil {
		return nil, finalURL, fmt.Errorf("%s: reading body: %w", rawURL, err)
	}
	if len(data) > MaxInputSize {
		return nil, finalURL, fmt.Errorf("%s: response larger than %d bytes", rawURL, MaxInputSize)
	}
	return data, finalURL, nil
}

// FetchCutError is a response whose body the server cut off: Fetch
// returns the Got bytes received with it. Its fields are what Fetch saw,
// never changed after: a caller that reads the bytes says what it kept
// with With, which returns a copy, so the error Fetch returned reads the
// same wherever it is passed.
type FetchCutError struct {
	URL  string
	Got  int   // bytes received
	Want int64 // the Content-Length announced, -1 when none was (chunked)
	Err  error // the reading error (io.ErrUnexpectedEOF, a reset)

	read string // what the caller kept of the Got bytes (With)
}

// With returns a copy of e whose message ends with ": " and read, what
// the caller did with the bytes that came ("12 paragraphs before the cut
// coded", "not stored; ingest the whole page"); e itself is unchanged.
func (e *FetchCutError) With(read string) *FetchCutError {
	c := *e
	c.read = read
	return &c
}

// Error is "https://example.org/a: the page was cut off after 3000 of 6180
// bytes (the server closed the connection: unexpected EOF)", with ": " and
// what the caller read of them after it when With set it.
func (e *FetchCutError) Error() string {
	of := ""
	if e.Want > 0 {
		of = fmt.Sprintf(" of %d", e.Want)
	}
	msg := fmt.Sprintf("%s: the page was cut off after %d%s bytes (the server closed the connection: %v)", e.URL, e.Got, of, e.Err)
	if e.read != "" {
		msg += ": " + e.read
	}
	return msg
}

func (e *FetchCutError) Unwrap() error { return e.Err }

// IsURL reports whether arg is an http or https URL rather than a path,
// its scheme in any case as RFC 3986 allows ("HTTP://example.org/a").
func IsURL(arg string) bool {
	s := urlScheme(arg)
	return strings.EqualFold(s, "http") || strings.EqualFold(s, "https")
}

// urlScheme returns the scheme of arg when arg is written as a URL with
// one, a letter then letters, digits, "+", "-" or "." before "://"
// ("ftp" for "ftp://example.org/a.txt"), else "".
func urlScheme(arg string) string {
	i := strings.Index(arg, "://")
	if i <= 0 {
		return ""
	}
	for j, r := range arg[:i] {
		letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if !letter && (j == 0 || !(r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.')) {
			return ""
		}
	}
	return arg[:i]
}

// SchemeError returns the error for an input arg that is no file (its
// open or stat error err is fs.ErrNotExist) and is written as a URL of a
// scheme dyad does not fetch, as Fetch says it: "ftp://example.org/a.txt:
// unsupported URL scheme "ftp" (want http or https)", not "no such file
// or directory". Any other err is returned as it is.
func SchemeError(arg string, err error) error {
	s := urlScheme(arg)
	if s == "" || IsURL(arg) || strings.EqualFold(s, "file") || !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return fmt.Errorf("%s: unsupported URL scheme %q (want http or https)", arg, strings.ToLower(s))
}

// FilePath returns the local path a file URL names ("file:///srv/news/a.html"
// and "file://localhost/srv/news/a%20b.html" are /srv/news/a.html and
// /srv/news/a b.html) and true, or arg itself and false when arg is no
// file URL. A file URL naming another host, or with no path or a bad
// %-escape, is an error naming arg.
func FilePath(arg string) (string, bool, error) {
	if len(arg) < 7 || !strings.EqualFold(arg[:7], "file://") {
		return arg, false, nil
	}
	u, err := url.Parse(arg)
	if err != nil {
		return "", true, fmt.Errorf("%s: not a file URL: %w", arg, err)
	}
	if u.Host != "" && !strings.EqualFold(u.Host, "localhost") {
		return "", true, fmt.Errorf("%s: a file URL on another host (%s) cannot be read; give a local path", arg, u.Host)
	}
	if u.Path == "" {
		return "", true, fmt.Errorf("%s: a file URL without a path", arg)
	}
	return u.Path, true, nil
}

// OpenAs opens the file path for reading, as os.Open does, but its error
// names name, what the user typed for it, first, as the commands name an
// input they cannot read ("file:///srv/a.txt: no such file or directory"
// for the file URL, not the path it names, nor Go's "open …"). The error
// is an *OpenError, which unwraps to the *fs.PathError (naming name).
func OpenAs(path, name string) (*os.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, InputError(err, name)
	}
	return f, nil
}

// OpenInput is OpenAs for a command's input read under ctx: a named pipe
// that no process has opened for writing, which blocks the open, or a
// pipe that gives nothing, which blocks the read, stops when ctx is done
// (a Ctrl-C) with ctx's cause as the error (internal/ctxio); read the
// file through ctxio.Reader(ctx, f) for the reads to stop so too.
func OpenInput(ctx context.Context, path, name string) (*os.File, error) {
	f, err := ctxio.Open(ctx, path)
	if err != nil {
		return nil, InputError(err, name)
	}
	return f, nil
}

// ReadFileUpTo reads the file at path, at most max+1 bytes of it: more
// than max bytes read means the file is over the limit max (a device such
// as /dev/zero or a pipe, whose size Stat does not give, is never read to
// its end). Its errors are the *fs.PathError of os.Open or of the read,
// naming path, or, when ctx is done while a named pipe is opened or read
// (a Ctrl-C), ctx's cause (internal/ctxio).
func ReadFileUpTo(ctx context.Context, path string, max int64) ([]byte, error) {
	f, err := ctxio.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(ctxio.Reader(ctx, f), max+1))
}

// InputError returns err, a file operation's error (*fs.PathError), as the
// commands say an input they cannot open or read: an *OpenError naming
// name, what the user typed, then the system's reason ("gold.jsonl: no
// such file or directory"), without Go's "open"/"read"/"stat". Other
// errors, and nil, are returned as they are.
func InputError(err error, name string) error {
	var pe *fs.PathError
	if !errors.As(err, &pe) {
		return err
	}
	return &OpenError{&fs.PathError{Op: pe.Op, Path: name, Err: pe.Err}}
}

// OpenError is OpenAs's and InputError's error: "NAME: no such file or directory", the
// input named as the user typed it, then the system's reason.
type OpenError struct{ *fs.PathError }

func (e *OpenError) Error() string { return e.Path + ": " + e.Err.Error() }

// Unwrap returns the *fs.PathError.
func (e *OpenError) Unwrap() error { return e.PathError }

// NamedAs returns err, a file operation's error on path, naming name
// instead when the user typed that for the file (a file URL), so that the
// error names what the user typed; other errors, and a nil err, are
// returned as they are.
func NamedAs(err error, path, name string) error {
	var pe *fs.PathError
	if err != nil && path != name && errors.As(err, &pe) && pe.Path == path {
		return &fs.PathError{Op: pe.Op, Path: name, Err: pe.Err}
	}
	return err
}

// Load reads one command-line argument into articles: "-" reads standard
// input, an http(s) URL is fetched (opt.URL becomes the final URL after
// redirects), anything else is a file path. Errors name the argument; see
// Read for the JSON Lines partial-result convention.
func Load(ctx context.Context, arg string, opt Options) ([]*dyad.Article, error) {
	data, final, err := ReadArg(ctx, arg)
	if err != nil {
		return nil, err
	}
	if final != "" {
		opt.URL = final
	}
	return Read(arg, data, opt)
}

// ReadArg reads the bytes of one command-line argument: "-" is standard
// input, an http(s) URL is fetched (finalURL is where redirects led), any
// other is a file path; a folder is an error saying so. At most
// MaxInputSize+1 bytes are read, so Read can refuse what is larger.
func ReadArg(ctx context.Context, arg string) (data []byte, finalURL string, err error) {
	return ReadArgAs(ctx, arg, arg)
}

// ReadArgAs is ReadArg with the errors of a file naming it name
// (InputName(arg): a file name with a newline quoted).
func ReadArgAs(ctx context.Context, arg, name string) (data []byte, finalURL string, err error) {
	switch {
	case arg == "-":
		// (a pipe or terminal: a Ctrl-C stops the read, ctxio)
		data, err = io.ReadAll(io.LimitReader(ctxio.Reader(ctx, os.Stdin), MaxInputSize+1))
		if err != nil {
			return nil, "", fmt.Errorf("-: %w", err)
		}
		return data, "", nil
	case IsURL(arg):
		return Fetch(ctx, arg)
	}
	path, _, err := FilePath(arg)
	if err != nil {
		return nil, "", err
	}
	f, err := OpenInput(ctx, path, name)
	if err != nil {
		return nil, "", err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, "", fmt.Errorf("%s: is a directory (dyad ingest reads folders)", name)
	} else if err == nil && st.Mode().IsRegular() && st.Size() > MaxInputSize {
		// said before reading it, with its size, as dyad ingest says it
		return nil, "", fmt.Errorf("%s: too large: %d bytes, over the %s limit for one article file (use JSON Lines for bulk input)", name, st.Size(), Size(MaxInputSize))
	}
	if data, err = io.ReadAll(io.LimitReader(ctxio.Reader(ctx, f), MaxInputSize+1)); err != nil {
		return nil, "", fmt.Errorf("%s: %w", name, err)
	}
	return data, "", nil
}

// notPageMedia returns the media type of a Content-Type header value that
// names no page dyad can read ("application/pdf", "image/png", audio,
// video, fonts, Word, Excel, PowerPoint and OpenDocument files), else "".
// A missing or generic type (application/octet-stream, application/gzip:
// a WARC archive may be served so) is no refusal.
func notPageMedia(ct string) string {
	t, _, _ := strings.Cut(ct, ";")
	t = strings.ToLower(strings.TrimSpace(t))
	switch {
	case t == "application/pdf", t == "application/msword", t == "application/rtf",
		strings.HasPrefix(t, "image/"), strings.HasPrefix(t, "audio/"), strings.HasPrefix(t, "video/"), strings.HasPrefix(t, "font/"),
		strings.HasPrefix(t, "application/vnd.ms-"), strings.HasPrefix(t, "application/vnd.openxmlformats-"),
		strings.HasPrefix(t, "application/vnd.oasis.opendocument."):
		return t
	}
	return ""
}
