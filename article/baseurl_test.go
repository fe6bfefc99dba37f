package article

import (
	"testing"

	"github.com/dyad-events/dyad"
)

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

// TestSiteRootCanonical: a canonical link or og:url naming the site's
// root is no article's identity: the page's own URL is the article's URL
// (none for a file, the id then hashing the text), so two pages of one
// site that both declare "https://example.com/" are two articles. A
// site's home page read from its root keeps it.
func TestSiteRootCanonical(t *testing.T) {
	page := func(city string) []byte {
		return []byte(`<!doctype html><html><head><title>Talks</title><link rel="canonical" href="https://example.com/"><meta property="og:url" content="https://example.com">` +
			`<meta property="article:published_time" content="2024-07-13T09:00:00Z"></head><body><article><h1>Police arrest protesters in ` + city + `</h1>
<p>` + city + `, July 13 (Wire) - Kenyan police arrested 12 protesters in ` + city + ` on Saturday, officials said.</p></article></body></html>`)
	}
	for _, tc := range []struct{ name, city, from, want string }{
		{"a file", "NAIROBI", "", ""},
		{"another file", "MOMBASA", "", ""},
		{"fetched", "NAIROBI", "https://example.com/world/kenya-arrests?utm_source=x", "https://example.com/world/kenya-arrests?utm_source=x"},
		{"the home page", "NAIROBI", "https://example.com/", "https://example.com/"},
	} {
		arts, err := Read("page.html", page(tc.city), Options{URL: tc.from})
		if err != nil || len(arts) != 1 {
			t.Fatalf("%s: %d articles, %v", tc.name, len(arts), err)
		}
		a := arts[0]
		if a.URL != tc.want {
			t.Errorf("%s: URL %q, want %q", tc.name, a.URL, tc.want)
		}
		if want := dyad.ArticleID(tc.want, NormalText(a)); a.ID != want {
			t.Errorf("%s: id %s, want %s", tc.name, a.ID, want)
		}
		if a.Source != "example.com" {
			t.Errorf("%s: source %q", tc.name, a.Source)
		}
	}
	a1, _ := Read("a.html", page("NAIROBI"), Options{})
	a2, _ := Read("b.html", page("MOMBASA"), Options{})
	if a1[0].ID == a2[0].ID || a1[0].ID == dyad.ArticleID("https://example.com/", "") {
		t.Errorf("two pages under a site-root canonical: ids %s and %s", a1[0].ID, a2[0].ID)
	}
}

// TestSectionRootCanonical: a canonical link naming a language or
// section root of the page's site ("https://example.com/en/", "/news")
// is no article's identity when the page's own URL is deeper on that
// site: the page's URL is the article's, so two articles under one such
// canonical are two, and so are two pages read from files, whose
// hyphenated canonical is a section when its last word names one
// ("/world-news/", "/middle-east"). A one-segment canonical that may be
// the article (a slug, "/kenya-talks", "/world-leaders", a page at that
// root) is kept.
func TestSectionRootCanonical(t *testing.T) {
	page := func(canonical, city string) []byte {
		return []byte(`<!doctype html><html><head><title>Talks</title><link rel="canonical" href="` + canonical + `">` +
			`<meta property="article:published_time" content="2024-07-13T09:00:00Z"></head><body><article><h1>Police arrest protesters in ` + city + `</h1>
<p>` + city + `, July 13 (Wire) - Kenyan police arrested 12 protesters in ` + city + ` on Saturday, officials said.</p></article></body></html>`)
	}
	for _, tc := range []struct{ name, canonical, from, want string }{
		{"language root", "https://example.com/en/", "https://example.com/en/2024/07/kenya-arrests", "https://example.com/en/2024/07/kenya-arrests"},
		{"section root", "https://www.example.com/news", "https://example.com/news/kenya-arrests", "https://example.com/news/kenya-arrests"},
		{"a slug", "https://example.com/kenya-police-arrest-protesters", "https://example.com/amp/kenya-police-arrest-protesters", "https://example.com/kenya-police-arrest-protesters"},
		{"an id", "https://example.com/123456", "https://example.com/amp/123456", "https://example.com/123456"},
		{"the section page", "https://example.com/news/", "https://example.com/news/", "https://example.com/news/"},
		{"a file", "https://example.com/en/", "", ""},
		{"a file, a language tag", "https://example.com/pt-br/", "", ""},
		{"a file, a short slug", "https://example.com/kenya-talks", "", "https://example.com/kenya-talks"},
		{"a file, a hyphenated section", "https://example.com/world-news/", "", ""},
		{"a file, a region's section", "https://example.com/middle-east", "", ""},
		{"a file, a country's news", "https://example.com/kenya-news/", "", ""},
		{"a file, a slug opening with a section word", "https://example.com/world-leaders", "", "https://example.com/world-leaders"},
		{"a file, a slug", "https://example.com/kenya-police-arrest-protesters", "", "https://example.com/kenya-police-arrest-protesters"},
		{"another site", "https://other.org/en/", "https://example.com/en/2024/kenya", "https://other.org/en/"},
	} {
		arts, err := Read("page.html", page(tc.canonical, "NAIROBI"), Options{URL: tc.from})
		if err != nil || len(arts) != 1 {
			t.Fatalf("%s: %d articles, %v", tc.name, len(arts), err)
		}
		if arts[0].URL != tc.want {
			t.Errorf("%s: URL %q, want %q", tc.name, arts[0].URL, tc.want)
		}
	}
	a1, _ := Read("a.html", page("https://example.com/en/", "NAIROBI"), Options{URL: "https://example.com/en/2024/nairobi"})
	a2, _ := Read("b.html", page("https://example.com/en/", "MOMBASA"), Options{URL: "https://example.com/en/2024/mombasa"})
	if a1[0].ID == a2[0].ID {
		t.Errorf("two pages under a language-root canonical: one id %s", a1[0].ID)
	}
	f1, _ := Read("a.html", page("https://example.com/en/", "NAIROBI"), Options{})
	f2, _ := Read("b.html", page("https://example.com/en/", "MOMBASA"), Options{})
	if f1[0].ID == f2[0].ID {
		t.Errorf("two files under a language-root canonical: one id %s", f1[0].ID)
	}
	f1, _ = Read("a.html", page("https://example.com/world-news/", "NAIROBI"), Options{})
	f2, _ = Read("b.html", page("https://example.com/world-news/", "MOMBASA"), Options{})
	if f1[0].URL != "" || f1[0].ID == f2[0].ID {
		t.Errorf("two files under a /world-news/ canonical: URL %q, ids %s and %s; want no URL, two ids", f1[0].URL, f1[0].ID, f2[0].ID)
	}
}
