package article

import (
	"bytes"
	"encoding/json"
	"path"
	"regexp"
	"strings"
	"unicode"
)

// siteFile reports a base name (lower case) of a file a web site serves
// for crawlers, advertisers and security contacts at its root, never a
// story.
func siteFile(base string) bool {
	switch base {
	case "robots.txt", "ads.txt", "app-ads.txt", "security.txt", "humans.txt":
		return true
	}
	return false
}

// SiteFile returns the base name, lower case, of a path or URL that names a
// web site's file for crawlers or contacts ("robots.txt", "ads.txt",
// "app-ads.txt", "security.txt", "humans.txt", and sitemap*.txt as
// "sitemap"), as a crawl (wget's folder, a WARC archive) stores it; ""
// for any other name. A query or fragment of a URL is ignored.
func SiteFile(name string) string {
	if i := strings.IndexAny(name, "?#"); i >= 0 && strings.Contains(name, "://") {
		name = name[:i]
	}
	base := strings.ToLower(path.Base(strings.ReplaceAll(name, "\\", "/")))
	if siteFile(base) {
		return base
	}
	if strings.HasPrefix(base, "sitemap") && strings.HasSuffix(base, ".txt") {
		return "sitemap"
	}
	return ""
}

// NotArticle says why a plain text (UTF-8) is no article: "a table" (rows
// separated by commas, semicolons or tabs, as tabular or fewer columns: at
// least three lines with the same 2 or more fields, the first line
// without a space), "GDELT records", "JSON" (a JSON document or JSON Lines
// objects), "a list of URLs" (a sitemap), "a log" (a program's or
// server's log lines, see logText), "empty"; "" when it may be one.
func NotArticle(data []byte) string {
	t := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	switch {
	case len(t) == 0:
		return "empty"
	case t[0] == '{' || t[0] == '[':
		line, _, _ := bytes.Cut(t, []byte("\n"))
		if json.Valid(t) || json.Valid(bytes.TrimSpace(line)) {
			return "JSON"
		}
	}
	if _, cols := tabular(t); cols > 0 || smallTable(t) {
		return "a table"
	}
	if gdeltFields(t) != "" {
		return "GDELT records"
	}
	if urlList(t) {
		return "a list of URLs"
	}
	if logText(t) {
		return "a log"
	}
	return ""
}

// logLine matches the start of a log line: a date and a time to the
// second ("2024-03-04 10:00:01,123 INFO …", "[2024-03-04T10:00:01Z] …",
// "2024/03/04 10:00:01 …"), a syslog stamp ("Mar  4 10:00:01 host
// sshd[12]: …"), an Apache error-log stamp ("[Mon Mar 04 10:00:01.5
// 2024] …") or a client address and a bracketed time, as web servers'
// access logs give ("203.0.113.7 - - [04/Mar/2024:10:00:01 +0000] …").
var logLine = regexp.MustCompile(`^(?:\[?\d{4}[-/.]\d{2}[-/.]\d{2}[T ]\d{2}:\d{2}:\d{2}` +
	`|[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} ` +
	`|\[[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}` +
	`|[0-9A-Fa-f.:]{3,39} \S+ \S+ \[\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2})`)

// logText reports a log: of its first 40 non-blank lines that are not
// indented (an indented line continues a logged message: a stack trace's
// "\tat …"), at least three and four in five start with a time stamp to
// the second (logLine), the others being a message's unindented lines,
// and fewer than half of the stamped lines go on with a sentence
// (prose). A story's lines start with words or a dateline; a live blog's
// entries stamp the time without a date or its seconds, or, stamped to
// the second, tell the news in sentences ("2024-05-01 10:05:12 GMT: Kenya
// recalled its ambassador to Uganda, officials said.").
func logText(data []byte) bool {
	n, stamped, sentences := 0, 0, 0
	for _, l := range strings.SplitN(string(data[:min(len(data), 1<<16)]), "\n", 200) {
		if strings.TrimSpace(l) == "" || l[0] == ' ' || l[0] == '\t' {
			continue
		}
		n++
		if loc := logLine.FindStringIndex(l); loc != nil {
			stamped++
			if prose(l[loc[1]:]) {
				sentences++
			}
		}
		if n == 40 {
			break
		}
	}
	return stamped >= 3 && 5*stamped >= 4*n && 2*sentences < stamped
}

// prose reports the rest of a stamped line that is a sentence: at least
// six words of letters ("ambassador", "Uganda,", "its") ending with a
// full stop, a question or an exclamation mark (a closing quote or
// bracket may follow). A log's messages are terse or end with codes,
// paths and numbers ("INFO [main] server.Start - listening on :8080",
// "\"GET / HTTP/1.1\" 200 5120", "Accepted publickey for deploy").
func prose(rest string) bool {
	rest = strings.TrimRight(rest, " \t\r")
	rest = strings.TrimRight(rest, "\"'”’)")
	if rest == "" || !strings.ContainsAny(rest[len(rest)-1:], ".!?") {
		return false
	}
	words := 0
	for _, w := range strings.Fields(rest) {
		w = strings.Trim(w, ".,;:!?\"'“”‘’()")
		if len(w) < 2 {
			continue
		}
		letters := true
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
				letters = false
				break
			}
		}
		if letters {
			words++
		}
	}
	return words >= 6
}

// smallTable reports rows of a few columns: the first up to five
// non-blank lines, at least three, all split by commas (or all by
// semicolons, or all by tabs)
// into the same number of fields, two or more, and the first line, the
// header, holds no space.
func smallTable(data []byte) bool {
	var lines []string
	for _, l := range strings.SplitN(string(data[:min(len(data), 1<<16)]), "\n", 64) {
		if l = strings.TrimRight(l, "\r"); strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
		if len(lines) == 5 {
			break
		}
	}
	if len(lines) < 3 || strings.Contains(lines[0], " ") {
		return false
	}
	for _, sep := range []string{",", ";", "\t"} {
		n := strings.Count(lines[0], sep)
		if n == 0 {
			continue
		}
		same := true
		for _, l := range lines[1:] {
			if strings.Count(l, sep) != n {
				same = false
			}
		}
		if same {
			return true
		}
	}
	return false
}

// urlList reports text whose non-blank lines (the first 50) are all
// http(s) URLs: a sitemap.
func urlList(data []byte) bool {
	n := 0
	for _, l := range strings.SplitN(string(data[:min(len(data), 1<<16)]), "\n", 51) {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if !(strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")) || strings.ContainsAny(l, " \t") {
			return false
		}
		n++
	}
	return n > 0
}

// NotArticleError is Read's error (with --input auto) for a plain text
// that is data, not an article: a table, GDELT records, a JSON document.
// Input names the input; What says what it is ("GDELT records (fields
// GKGRECORDID, V2.1DATE, V2SOURCECOLLECTIONID)"). dyad ingest skips such
// a file found in a folder, with a warning, and fails one named.
type NotArticleError struct {
	Input, What string
	msg         string // the whole message: Error
}

func (e *NotArticleError) Error() string { return e.msg }
