package article

import (
	"bytes"
	"encoding/json"
	"path"
	"strings"
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

// NotArticle says why a plain text (UTF-8) is no article: "a table" (CSV or
// tab-separated rows, as tabular or fewer columns: at least three lines
// with the same 2 or more fields, the first line without a space), "GDELT
// records", "JSON" (a JSON document or JSON Lines objects), "a list of
// URLs" (a sitemap), "empty"; "" when it may be one.
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
	return ""
}

// smallTable reports rows of a few columns: the first up to five
// non-blank lines, at least three, all split by commas (or all by tabs)
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
	for _, sep := range []string{",", "\t"} {
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
