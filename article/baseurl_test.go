package article

import "testing"

// TestRelativeCanonicalURL: a page's canonical link or og:url given
// relative is resolved against its <base href>, else against the URL it
// was read from, and becomes the article's URL; a protocol-relative one
// takes https; a relative canonical link that cannot be resolved no
// longer hides an absolute og:url. The URL was the page's own, or none.
func TestRelativeCanonicalURL(t *testing.T) {
	const story = `<meta property="article:published_time" content="2024-07-13T09:00:00Z"></head><body><article><h1>Kenya and Uganda resume talks</h1>
<p>NAIROBI, July 13 (Wire) - Kenyan police arrested 12 protesters in Nairobi on Saturday, officials said.</p></article></body></html>`
	for _, tc := range []struct {
		name, head, from, want string
	}{
		{"base, relative canonical", `<base href="https://news.example.org/world/"><link rel="canonical" href="kenya-talks.html">`, "",
			"https://news.example.org/world/kenya-talks.html"},
		{"base, rooted og:url", `<base href="https://news.example.org/world/"><meta property="og:url" content="/africa/kenya-talks">`, "",
			"https://news.example.org/africa/kenya-talks"},
		{"relative base, the page's URL", `<base href="/world/"><link rel="canonical" href="kenya-talks.html">`, "https://news.example.org/2024/07/13/x?utm_source=feed",
			"https://news.example.org/world/kenya-talks.html"},
		{"no base, the page's URL", `<link rel="canonical" href="/world/kenya-talks.html">`, "https://news.example.org/x?utm_source=feed",
			"https://news.example.org/world/kenya-talks.html"},
		{"protocol-relative", `<link rel="canonical" href="//news.example.org/world/kenya-talks.html">`, "",
			"https://news.example.org/world/kenya-talks.html"},
		{"relative canonical, absolute og:url, nothing to resolve by", `<link rel="canonical" href="kenya-talks.html"><meta property="og:url" content="https://news.example.org/kenya-talks">`, "",
			"https://news.example.org/kenya-talks"},
		{"absolute canonical, a base elsewhere", `<base href="https://cdn.example.net/"><link rel="canonical" href="https://news.example.org/kenya-talks">`, "",
			"https://news.example.org/kenya-talks"},
		{"a mailto canonical", `<link rel="canonical" href="mailto:desk@example.org">`, "https://news.example.org/kenya-talks",
			"https://news.example.org/kenya-talks"},
	} {
		arts, err := Read("page.html", []byte("<!doctype html><html><head><title>Talks</title>"+tc.head+story), Options{URL: tc.from})
		if err != nil || len(arts) != 1 {
			t.Errorf("%s: %d articles, %v", tc.name, len(arts), err)
			continue
		}
		if arts[0].URL != tc.want {
			t.Errorf("%s: URL %q, want %q", tc.name, arts[0].URL, tc.want)
		}
	}
}
