package article

import (
	"reflect"
	"testing"
)

// TestHTMLNoSuchDate (fresh64 N3): a page date in a form dyad reads but
// naming a day that does not exist (2024-02-31) or a year before 1800
// (the floor of --date) is not taken, and a warning says so as for a date
// in the future, where the page was left undated without a word.
func TestHTMLNoSuchDate(t *testing.T) {
	const body = `<article><p>China warned Japan on Monday over its military build-up in the region.</p><p>Tokyo said it would respond.</p></article>`
	meta := func(d string) string { return `<meta property="article:published_time" content="` + d + `">` }
	for _, tc := range []struct {
		name, head, url, want string
		warnings              []string
	}{
		{"February 31", meta("2024-02-31T10:00:00Z"), "", "",
			[]string{`p.html: publication date "2024-02-31T10:00:00Z" (<meta> article:published_time) is no such date: not taken; the page gives no other date`}},
		{"February 31, then the URL", meta("2024-02-31"), "https://example.org/2024/03/05/warn", "2024-03-05",
			[]string{`p.html: publication date "2024-02-31" (<meta> article:published_time) is no such date: not taken; dated 2024-03-05 by its URL instead`}},
		{"1700", meta("1700-07-09T10:00:00Z"), "", "",
			[]string{`p.html: publication date "1700-07-09T10:00:00Z" (<meta> article:published_time) is before 1800: not taken; the page gives no other date`}},
		{"February 29, 2024", meta("2024-02-29T10:00:00Z"), "", "2024-02-29T10:00:00Z", nil},
	} {
		got, warnings := readPublished(t, tc.name, `<title>Warning</title>`+tc.head, body, tc.url)
		if got != tc.want || !reflect.DeepEqual(warnings, tc.warnings) {
			t.Errorf("%s: published %q, warnings %q; want %q, %q", tc.name, got, warnings, tc.want, tc.warnings)
		}
	}
}
