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
