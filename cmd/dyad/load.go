package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/feed"
	"github.com/dyad-events/dyad/internal/termsafe"
	"github.com/dyad-events/dyad/warc"
)

// noText returns the warning for an article with no story text read
// from the command-line input arg ("FILE: no text found …"), and false
// when the article has text. A page with a title but no story (a
// navigation-only or truncated page) has none either, as dyad ingest
// holds; a feed item may be a headline alone. dyad code and dyad extract
// print it rather than say nothing of an empty or script-only page.
func noText(a *dyad.Article, arg string) (string, bool) {
	why := article.NoText(a) // (the words dyad ingest says it in)
	if why == "" {
		return "", false
	}
	in := a.Input
	if in == "" {
		in = arg
	}
	if a.Title != "" && feedItem(in, arg) {
		return "", false
	}
	return in + ": " + why, true
}

// feedItem reports an article input named "ARG:N", the N-th item of the
// feed read from arg.
func feedItem(in, arg string) bool {
	n, ok := strings.CutPrefix(in, arg+":")
	if !ok || n == "" {
		return false
	}
	for _, r := range n {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// stdinOnce returns a usage error (exit 2) when args name standard input
// ("-") more than once: it can be read once, and a second reading would
// find it empty and fail.
func stdinOnce(args []string) error {
	n := 0
	for _, a := range args {
		if a == "-" {
			n++
		}
	}
	if n > 1 {
		return &exitError{2, fmt.Errorf("- (standard input) given %d times: it is read once", n)}
	}
	return nil
}

// localArg returns the path to read for the command-line input arg: the
// local path a file URL names ("file:///srv/news/a.jsonl"), so that the
// file's kind (.jsonl, .warc, feed) follows the path; other inputs are
// returned as given. Messages and articles still name arg, what the user
// typed. The error names arg (a file URL on another host, a bad escape).
//
// A file that does not exist and whose name holds a glob pattern
// ('examples/0*.txt', quoted so that the shell left it) is an error
// saying that code and extract take files, the shell expanding globs,
// and that dyad ingest expands them itself; one written as a URL of a
// scheme dyad does not fetch (ftp://…) is said so (article.SchemeError).
func localArg(arg string) (string, error) {
	p, ok, err := article.FilePath(arg)
	if err != nil {
		return "", err
	}
	if !ok {
		p = arg
	}
	if p == "-" || article.IsURL(p) {
		return p, nil
	}
	if _, err := os.Stat(p); errors.Is(err, fs.ErrNotExist) {
		if strings.ContainsAny(p, "*?[") {
			return "", fmt.Errorf("%s: no such file: dyad code and dyad extract take files, and the shell expands a pattern left unquoted "+
				"(dyad code examples/0*.txt); dyad ingest expands a quoted pattern itself", article.InputName(arg))
		}
		if err := article.SchemeError(arg, err); !errors.Is(err, fs.ErrNotExist) {
			return "", err // ftp://…: no file, and no URL dyad fetches
		}
	}
	return p, nil
}

// loadArticles reads one command-line input arg — a file (path, what
// localArg gives), an http(s) URL or "-" — into articles: RSS, Atom and
// JSON feeds give one article per item (package feed), WARC archives one
// per HTML page (package warc), everything else goes through
// article.Read. Errors and articles name arg, as the user typed it; an
// archive's bad records are returned joined, with the articles of the
// good ones. A name holding a control character is quoted
// (article.InputName).
func loadArticles(ctx context.Context, arg, path string, opt article.Options) ([]*dyad.Article, error) {
	auto := opt.Input == "" || opt.Input == "auto"
	name := article.InputName(arg) // (the arg read, its name said)
	if auto && warcFile(path) {
		return collectWARC(ctx, name, path, nil, opt)
	}
	data, final, err := article.ReadArgAs(ctx, arg, name)
	var cut *article.FetchCutError
	if err != nil && !errors.As(err, &cut) {
		return nil, err
	}
	if cut != nil && len(data) == 0 {
		return nil, &fetchCut{err: cut} // (cut before the first byte)
	}
	if final != "" {
		opt.URL = final
	}
	arts, err := readLoaded(name, path, data, opt)
	if cut == nil {
		return arts, err
	}
	// a page the server cut off: what came is read, and the cut said
	// with what was read before it (cutSaid); the reader's own word for
	// the cut (an HTML page that never closes, a feed cut after its
	// complete items) is left out
	var pageCut *article.CutError
	if err != nil && !errors.As(err, &pageCut) && !feed.Sniff(data) {
		return arts, errors.Join(&fetchCut{err: cut, arts: arts}, err)
	}
	return arts, &fetchCut{err: cut, arts: arts}
}

// readLoaded reads data, the input arg (at path) read whole, as
// loadArticles does.
func readLoaded(arg, path string, data []byte, opt article.Options) ([]*dyad.Article, error) {
	return readLoadedWarn(arg, path, data, opt, stderrWarn)
}

// stderrWarn writes a warning about an input read all the same.
func stderrWarn(w string) { fmt.Fprintln(termsafe.Writer(os.Stderr), "dyad: warning:", w) }

// readLoadedWarn is readLoaded giving its warnings (a feed's item left
// out, a WARC record unclosed) to warn.
func readLoadedWarn(arg, path string, data []byte, opt article.Options, warn func(string)) ([]*dyad.Article, error) {
	auto := opt.Input == "" || opt.Input == "auto"
	if auto && warc.Sniff(data) { // gzip'd too: cat crawl.warc.gz | dyad code -
		var arts []*dyad.Article
		var bad []error
		err := eachWARC(context.Background(), arg, path, bytes.NewReader(data), opt, func(a *dyad.Article) error {
			arts = append(arts, a)
			return nil
		}, func(err error) { bad = append(bad, err) }, warn)
		return arts, errors.Join(append(bad, err)...)
	}
	if auto && !feed.Sniff(data) {
		// a gzip'd feed (feed.xml.gz): its items, not one page of its text
		if dec, err := article.Gunzip(data); err == nil && len(dec) != len(data) && feed.Sniff(dec) {
			data = dec
		}
	}
	if auto && feed.Sniff(data) {
		arts, err := feed.ReadWarn(arg, data, warn)
		for _, a := range arts {
			if a.Published == "" && opt.Date != "" {
				a.Published, a.PublishedFrom = opt.Date, "flag"
			}
		}
		return arts, err
	}
	return article.Read(arg, data, opt)
}

// fetchCut is a page cut off before its end — by the server
// (article.FetchCutError) or in a crawl's record (warc.CutError) — with
// the articles read from the bytes that came; said is what the command
// did with them (cutSaid), after the cut's message.
type fetchCut struct {
	err  error
	arts []*dyad.Article
	said string
}

func (e *fetchCut) Error() string {
	if e.said == "" {
		return e.err.Error()
	}
	return e.err.Error() + ": " + e.said
}

func (e *fetchCut) Unwrap() error { return e.err }

// dyadLines is err's message with "dyad: " before each of its lines (the
// errors of an input joined: a JSON Lines file's bad lines, an archive's
// bad records), so that every line says whose it is.
func dyadLines(err error) string {
	return "dyad: " + strings.ReplaceAll(err.Error(), "\n", "\ndyad: ")
}

// cutSaid adds to a page cut off (article.CutError) what the command did
// with the text before the cut, done ("coded", "printed"): "page.html:9:
// HTML page cut off after 4 paragraphs (…): coded up to the cut; the input
// counts as failed". A page cut before its first paragraph says none
// instead, what the command did with nothing to read ("nothing coded",
// "its title alone printed"): "page.html:3: HTML page cut off after 0
// paragraphs (…): no story text before the cut, nothing coded; the input
// counts as failed". Other errors are returned as they are.
//
// A page the server cut off (article.FetchCutError) says the bytes that
// came and what was read of them: "https://example.org/a: the page was
// cut off after 3000 of 6180 bytes (the server closed the connection:
// unexpected EOF): 24 paragraphs before the cut coded; the input counts
// as failed" ("in 3 articles" after the paragraphs of a feed's items).
// A WARC record whose HTTP response the crawler saved cut off
// (warc.CutError) is said so too: "crawl.warc:record 4: the HTTP
// response captured for https://example.org/a is cut off after 266 of
// 299 bytes of its body (…): 2 paragraphs before the cut coded; the
// input counts as failed".
func cutSaid(err error, done, none string) error {
	if fc := (*fetchCut)(nil); errors.As(err, &fc) {
		paras := 0
		for _, a := range fc.arts {
			paras += len(a.Body)
		}
		if len(fc.arts) == 0 {
			fc.said = "nothing came before the cut; the input counts as failed"
		} else if paras == 0 {
			fc.said = fmt.Sprintf("no story text before the cut, %s; the input counts as failed", none)
		} else {
			in := ""
			if len(fc.arts) > 1 {
				in = " in " + plural(len(fc.arts), "article")
			}
			fc.said = fmt.Sprintf("%s%s before the cut %s; the input counts as failed", plural(paras, "paragraph"), in, done)
		}
		return err
	}
	if cut := (*article.CutError)(nil); errors.As(err, &cut) {
		if cut.Paragraphs == 0 {
			return fmt.Errorf("%w: no story text before the cut, %s; the input counts as failed", err, none)
		}
		return fmt.Errorf("%w: %s up to the cut; the input counts as failed", err, done)
	}
	return err
}

// warcFile reports a local WARC archive (.warc or .warc.gz, or a WET
// file, .warc.wet.gz) read with
// --input auto: it is walked record by record, not read whole.
func warcFile(arg string) bool {
	n := strings.ToLower(arg)
	return arg != "-" && !article.IsURL(arg) &&
		warc.IsArchiveName(n)
}

// collectWARC returns the articles of a WARC archive (see eachWARC), with
// its bad records joined into one error.
func collectWARC(ctx context.Context, arg, path string, r io.ReadSeeker, opt article.Options) ([]*dyad.Article, error) {
	var arts []*dyad.Article
	var bad []error
	err := eachWARC(ctx, arg, path, r, opt, func(a *dyad.Article) error {
		arts = append(arts, a)
		return nil
	}, func(err error) { bad = append(bad, err) }, stderrWarn)
	return arts, errors.Join(append(bad, err)...)
}

// eachWARC walks a WARC archive — the file path, or r when not nil — and
// calls fn with the articles read from each HTML page, named
// "ARG:record N" (arg as the user gave the input) and with the page's URI
// as their URL; bad gets each record that cannot be read, and warn a page
// read from a record the archive ends without closing
// (warc.UnclosedWarning) and, at the end, the responses that held no page
// (warc.SkipSummary: an image, a 404). It returns fn's first error or an error naming arg when it is no
// WARC archive, or ctx's cause when ctx is done (a Ctrl-C) while a named
// pipe is opened or copied.
func eachWARC(ctx context.Context, arg, path string, r io.ReadSeeker, opt article.Options, fn func(*dyad.Article) error, bad func(error), warn func(string)) error {
	if r == nil {
		f, err := article.OpenInput(ctx, path, arg)
		if err != nil {
			return err
		}
		defer f.Close()
		rs, done, err := warc.Seekable(ctx, arg, f) // (a named pipe: copied)
		if err != nil {
			return err
		}
		defer done()
		r = rs
	}
	var skips []warc.Skip
	defer func() {
		if msg := warc.SkipSummary(arg, skips); msg != "" {
			warn(msg)
		}
	}()
	return warc.WalkSkips(arg, r, func(p warc.Page) error {
		if msg := warc.UnclosedWarning(arg, p); msg != "" {
			warn(msg)
		}
		o := opt
		o.URL = p.URI
		arts, err := article.Read(fmt.Sprintf("%s:record %d", arg, p.Record), p.Body, o)
		if cut := warc.CutError(arg, p); cut != nil {
			// a response the crawler saved cut off is read up to the
			// cut, as a page a server cut off is; the reader's own word
			// for what came (an HTML page that never closes, an empty
			// input) is left out: the cut says it, once
			err = &fetchCut{err: cut, arts: arts}
		}
		if err != nil {
			bad(err)
		}
		article.CaptureDate(arts, p.Date) // as dyad ingest dates them
		for _, a := range arts {
			if err := fn(a); err != nil {
				return err
			}
		}
		return nil
	}, bad, func(k warc.Skip) { skips = append(skips, k) })
}
