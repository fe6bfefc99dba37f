package article

import (
	"testing"
	"time"

	"github.com/dyad-events/dyad"
)

// TestZonelessTimeRFC3339: a publication time given without a zone (an
// HTML meta tag, a text header, a JSON Lines date, a Reuters-21578 stamp)
// is taken as UTC and written in RFC 3339 with its unknown local offset,
// "-00:00" (dyad.UnknownOffset), so that every emitted time parses as RFC
// 3339; the article keeps the id it had when the time was written with no
// zone (article.NormalText hashes the clock reading), so a re-run on an
// older store skips it as stored.
func TestZonelessTimeRFC3339(t *testing.T) {
	const body = "Japan and Australia signed a fisheries pact in Canberra on Tuesday, officials said."
	for _, tc := range []struct {
		name, in, want string
	}{
		{"html meta", `<html><head><title>Pact</title><meta property="article:published_time" content="2024-03-04T10:00:00"></head><body><article><p>` + body + `</p><p>The two countries had negotiated for months over the quotas.</p></article></body></html>`,
			"2024-03-04T10:00:00-00:00"},
		{"text header", "TITLE: Pact\nDATE: 2024-03-04 10:00\n\n" + body + "\n", "2024-03-04T10:00:00-00:00"},
		{"jsonl date", `{"date":"2024-03-04T10:00:00","text":"` + body + `"}`, "2024-03-04T10:00:00-00:00"},
		{"reuters-21578", "TITLE: PACT\nDATE: 26-FEB-1987 15:38:26.23\n\n" + body + "\n", "1987-02-26T15:38:26-00:00"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			arts, err := Read("in", []byte(tc.in), Options{})
			if err != nil || len(arts) != 1 {
				t.Fatalf("Read: %d articles, %v", len(arts), err)
			}
			a := arts[0]
			if a.Published != tc.want {
				t.Errorf("published %q, want %q", a.Published, tc.want)
			}
			if _, err := time.Parse(time.RFC3339, a.Published); err != nil {
				t.Errorf("published %q is not RFC 3339: %v", a.Published, err)
			}
			old := *a
			old.Published = tc.want[:len(tc.want)-len("-00:00")]
			if want := dyad.ArticleID("", NormalText(&old)); a.ID != want {
				t.Errorf("id %s, want %s, the id of the article dated %s", a.ID, want, old.Published)
			}
		})
	}
	// a time with its zone, and a day alone, are written as before
	for in, want := range map[string]string{"2024-03-04T10:00:00Z": "2024-03-04T10:00:00Z",
		"2024-03-04T10:00:00+09:00": "2024-03-04T10:00:00+09:00", "2024-03-04T00:00:00": "2024-03-04", "2024-03-04": "2024-03-04"} {
		if got, _ := parseDate(in); got != want {
			t.Errorf("parseDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestZonelessTimeZonedElsewhere: a page whose first publication tag gives
// a time without a zone while another of its tags gives the same clock
// reading with one (a CMS writing one value twice: an
// article:published_time "2016-12-16T22:05:00" and a <time
// datetime="2016-12-16T22:05:00.000Z">) is dated with that zone; a zoned
// tag with another clock reading, or none, leaves the time zone-less.
func TestZonelessTimeZonedElsewhere(t *testing.T) {
	const body = `<article><p>Japan and Australia signed a fisheries pact in Canberra on Tuesday, officials said.</p><p>The two countries had negotiated for months over the quotas.</p></article>`
	for _, tc := range []struct {
		name, head, inBody, want string
	}{
		{"time element", `<meta property="article:published_time" content="2016-12-16T22:05:00">`, `<time datetime="2016-12-16T22:05:00.000Z">Dec 16</time>`, "2016-12-16T22:05:00Z"},
		{"json-ld and meta", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-04-28T13:53:25"}</script><meta name="cXenseParse:recs:publishtime" content="2023-04-28T13:53:25+02:00">`, "", "2023-04-28T13:53:25+02:00"},
		{"another clock", `<meta property="article:published_time" content="2016-12-16T22:05:00">`, `<time datetime="2016-12-16T23:05:00Z">Dec 16</time>`, "2016-12-16T22:05:00-00:00"},
		{"no zone anywhere", `<meta property="article:published_time" content="2016-12-16T22:05:00">`, `<time datetime="2016-12-16T22:05:00">Dec 16</time>`, "2016-12-16T22:05:00-00:00"},
	} {
		page := `<html><head><title>Pact</title>` + tc.head + `</head><body>` + tc.inBody + body + `</body></html>`
		arts, err := Read("p.html", []byte(page), Options{})
		if err != nil || len(arts) != 1 {
			t.Fatalf("%s: Read: %d articles, %v", tc.name, len(arts), err)
		}
		if got := arts[0].Published; got != tc.want {
			t.Errorf("%s: published %q, want %q", tc.name, got, tc.want)
		}
	}
}
