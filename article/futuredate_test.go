package article

import (
	"reflect"
	"testing"
	"time"
)

// TestHTMLFutureDate: a page date more than a day ahead of today (a typo,
// a CMS clock gone wrong) is not the publication date, whether parseDate
// reads it (next year) or not (2999): the page's next date source is
// taken, and a warning names the page, the value, where the page gives
// it and what was done, where the page was left undated behind a "no
// publication date" warning, or dated next year. Tomorrow is kept (a
// time zone ahead of UTC).
func TestHTMLFutureDate(t *testing.T) {
	now := time.Now().UTC()
	today := now.Format(time.DateOnly)
	nextYear := now.AddDate(1, 0, 0).Format("2006-01-02") + "T10:00:00Z"
	tomorrow := now.AddDate(0, 0, 1).Format(time.DateOnly)
	const body = `<article><p>Japan and Australia signed a fisheries pact in Canberra on Tuesday, officials said.</p><p>The two countries had negotiated for months over the quotas.</p></article>`
	meta := func(d string) string { return `<meta property="article:published_time" content="` + d + `">` }
	for _, tc := range []struct {
		name, head, url, want string
		warnings              []string
	}{
		{"far future alone", meta("2999-03-05T10:00:00Z"), "", "",
			[]string{`p.html: publication date "2999-03-05T10:00:00Z" (<meta> article:published_time) is in the future (today is ` + today + `): not taken; the page gives no other date`}},
		{"next year alone", meta(nextYear), "", "",
			[]string{`p.html: publication date "` + nextYear + `" (<meta> article:published_time) is in the future (today is ` + today + `): not taken; the page gives no other date`}},
		{"future, then the URL", meta("2999-03-05T10:00:00Z"), "https://example.org/2024/03/05/pact", "2024-03-05",
			[]string{`p.html: publication date "2999-03-05T10:00:00Z" (<meta> article:published_time) is in the future (today is ` + today + `): not taken; dated 2024-03-05 by its URL instead`}},
		{"future JSON-LD, then meta", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2999-03-05"}</script>` + meta("2024-03-05T10:00:00Z"), "", "2024-03-05T10:00:00Z",
			[]string{`p.html: publication date "2999-03-05" (JSON-LD datePublished) is in the future (today is ` + today + `): not taken; dated 2024-03-05T10:00:00Z by its <meta> tags instead`}},
		{"tomorrow", meta(tomorrow), "", tomorrow, nil},
		// (said since session 73: TestHTMLUnreadableDate)
		{"unreadable", meta("sometime soon"), "", "",
			[]string{`p.html: publication date "sometime soon" (<meta> article:published_time) cannot be read as a date: not taken; the page gives no other date`}},
	} {
		got, warnings := readPublished(t, tc.name, `<title>Pact</title>`+tc.head, body, tc.url)
		if got != tc.want || !reflect.DeepEqual(warnings, tc.warnings) {
			t.Errorf("%s: published %q, warnings %q; want %q, %q", tc.name, got, warnings, tc.want, tc.warnings)
		}
	}
}

// readPublished reads a page of head and body as p.html (URL url) and
// returns its one article's publication date and the warnings given.
func readPublished(t *testing.T, name, head, body, url string) (string, []string) {
	t.Helper()
	page := `<html><head>` + head + `</head><body>` + body + `</body></html>`
	var warnings []string
	arts, err := Read("p.html", []byte(page), Options{URL: url, Warn: func(w string) { warnings = append(warnings, w) }})
	if err != nil || len(arts) != 1 {
		t.Fatalf("%s: Read: %d articles, %v", name, len(arts), err)
	}
	return arts[0].Published, warnings
}
