package article

import (
	"reflect"
	"testing"
)

// TestHTMLUnreadableDate: a page's publication tag whose value is in no
// form dyad reads ("yesterday") is not taken, and a warning names the tag
// and its value, as for a day that does not exist; the page was left
// undated with nothing but "no publication date". A readable tag after it
// dates the page (said in the warning); a date dyad reads warns of
// nothing, nor does a <time> element or an empty tag.
func TestHTMLUnreadableDate(t *testing.T) {
	const body = `<article><p>China warned Japan on Monday over its military build-up in the region.</p><p>Tokyo said it would respond.</p></article>`
	meta := func(name, d string) string { return `<meta property="` + name + `" content="` + d + `">` }
	for _, tc := range []struct {
		name, head, url, want string
		warnings              []string
	}{
		{"yesterday", meta("article:published_time", "yesterday"), "", "",
			[]string{`p.html: publication date "yesterday" (<meta> article:published_time) cannot be read as a date: not taken; the page gives no other date`}},
		{"a clock reading alone, then the URL", meta("article:published_time", "10:30 a.m."), "https://example.org/2024/03/05/warn", "2024-03-05",
			[]string{`p.html: publication date "10:30 a.m." (<meta> article:published_time) cannot be read as a date: not taken; dated 2024-03-05 by its URL instead`}},
		{"then another tag", meta("article:published_time", "TBD") + meta("pubdate", "2024-03-04"), "", "2024-03-04",
			[]string{`p.html: publication date "TBD" (<meta> article:published_time) cannot be read as a date: not taken; dated 2024-03-04 by its <meta> tags instead`}},
		{"JSON-LD", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"soon"}</script>`, "", "",
			[]string{`p.html: publication date "soon" (JSON-LD datePublished) cannot be read as a date: not taken; the page gives no other date`}},
		{"empty tag", meta("article:published_time", " "), "", "", nil},
		{"read", meta("article:published_time", "2024-03-05T10:00:00Z"), "", "2024-03-05T10:00:00Z", nil},
	} {
		got, warnings := readPublished(t, tc.name, `<title>Warning</title>`+tc.head, body, tc.url)
		if got != tc.want || !reflect.DeepEqual(warnings, tc.warnings) {
			t.Errorf("%s: published %q, warnings %q; want %q, %q", tc.name, got, warnings, tc.want, tc.warnings)
		}
	}
}
