package article

import "testing"

// TestSpacedZone: a publication time written with a space before its zone
// ("2024-04-30 16:38:37 +02:00", Euronews' JSON-LD datePublished and its
// article:published_time and <time datetime>) keeps its zone: it was not
// read at all, so the page was dated by a zone-less dateCreated (taken as
// UTC, two hours off) or by the day in its URL (the time lost).
func TestSpacedZone(t *testing.T) {
	const body = `<p>Japan and Australia signed a fisheries pact in Canberra on Tuesday, officials said.</p>` +
		`<p>The two countries had negotiated for months over the quotas, the ministers said.</p>`
	for _, tc := range []struct {
		name, head, url, want, from string
	}{
		{"json-ld beside a zone-less dateCreated",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pact","dateCreated":"2024-04-30 10:26:25","dateModified":"2024-04-30 16:38:39 +02:00","datePublished":"2024-04-30 16:38:37 +02:00"}</script>`,
			"", "2024-04-30T16:38:37+02:00", "json-ld"},
		{"meta before a date in the URL",
			`<meta name="article:published_time" content="2026-01-06 13:55:27 +01:00">`,
			"https://www.example.org/2026/01/06/pact", "2026-01-06T13:55:27+01:00", "meta"},
		{"time element",
			``, "", "2026-01-06T13:55:27-05:00", "text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>Pact</title>` + tc.head + `</head><body><article>`
			if tc.from == "text" {
				page += `<time datetime="2026-01-06 13:55:27 -05:00">6 January 2026</time>`
			}
			page += body + `</article></body></html>`
			arts, err := Read("in.html", []byte(page), Options{URL: tc.url})
			if err != nil || len(arts) != 1 {
				t.Fatalf("Read: %d articles, %v", len(arts), err)
			}
			if a := arts[0]; a.Published != tc.want || a.PublishedFrom != tc.from {
				t.Errorf("published %q from %q, want %q from %q", a.Published, a.PublishedFrom, tc.want, tc.from)
			}
		})
	}
	wantParseDates(t, map[string]string{
		"2024-04-30 16:38:37 +02:00":     "2024-04-30T16:38:37+02:00",
		"2024-04-30T16:38:37 +02:00":     "2024-04-30T16:38:37+02:00",
		"2024-04-30 16:38:37.123 -04:00": "2024-04-30T16:38:37-04:00",
		"2024-04-30 16:38:37 Z":          "2024-04-30T16:38:37Z",
		"2024-04-30 16:38:37 +0200":      "2024-04-30T16:38:37+02:00",
	})
}

// wantParseDates checks parseDate on each input of cases against its
// result.
func wantParseDates(t *testing.T, cases map[string]string) {
	t.Helper()
	for in, want := range cases {
		if got, _ := parseDate(in); got != want {
			t.Errorf("parseDate(%q) = %q, want %q", in, got, want)
		}
	}
}
