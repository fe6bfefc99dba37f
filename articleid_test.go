package dyad

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

// TestArticleIDCanonicalURL: an article's id is the hash of its canonical
// URL, so the addresses that name one page alike give one id (a feed's
// link with tracking parameters, the page's own address, a link to its
// comments), and an article is stored once however it was reached; the
// addresses of other pages keep their own ids.
func TestArticleIDCanonicalURL(t *testing.T) {
	base := ArticleID("https://www.example.org/news/a", "")
	same := []string{
		"https://www.example.org/news/a?utm_source=twitter&utm_medium=social",
		"https://www.example.org/news/a?UTM_CAMPAIGN=x",
		"https://www.example.org/news/a#comments",
		"https://WWW.Example.ORG/news/a",
		"HTTPS://www.example.org/news/a",
		"https://www.example.org:443/news/a",
		"https://www.example.org/news/a?",
		"https://www.example.org/news/a?fbclid=IwAR0abc&gclid=xyz",
		" https://www.example.org/news/a ",
	}
	for _, u := range same {
		if got := ArticleID(u, ""); got != base {
			t.Errorf("ArticleID(%q) = %s, want %s, the id of https://www.example.org/news/a", u, got, base)
		}
	}
	other := []string{
		"https://www.example.org/news/b",
		"https://www.example.org/News/a",
		"https://www.example.org/news/a?id=7",
		"https://www.example.org/news/a?utm=7",
		"http://www.example.org/news/a",
		"https://example.org/news/a",
		"https://www.example.org/news/a/",
		"https://www.example.org:8443/news/a",
	}
	seen := map[string]string{base: "https://www.example.org/news/a"}
	for _, u := range other {
		id := ArticleID(u, "")
		if prev, ok := seen[id]; ok {
			t.Errorf("ArticleID(%q) = %s, the id of %q too", u, id, prev)
		}
		seen[id] = u
	}
	if got, want := ArticleID("https://www.example.org/news/a?id=7&utm_source=rss", ""), ArticleID("https://www.example.org/news/a?id=7", ""); got != want {
		t.Errorf("a tracking parameter after another: id %s, want %s", got, want)
	}
	// an address that is already canonical, and a text, are hashed as they are
	for key, url := range map[string]string{"https://www.example.org/news/a?id=7": "https://www.example.org/news/a?id=7", "Russia attacked Ukraine.": ""} {
		sum := sha256.Sum256([]byte(key))
		if got, want := ArticleID(url, key), hex.EncodeToString(sum[:8]); got != want {
			t.Errorf("ArticleID(%q, %q) = %s, want %s", url, key, got, want)
		}
	}
	// a key that is no http(s) URL is hashed as given
	if ArticleID("urn:x:1", "") == ArticleID("urn:x:2", "") {
		t.Error("two non-URL keys share an id")
	}
}

// TestRawURLArticleID: the id an article had before ids hashed the
// canonical URL is the hash of its URL as given, for a URL that is not
// canonical and an id computed from it; "" otherwise.
func TestRawURLArticleID(t *testing.T) {
	const link = "https://www.example.org/news/a?utm_source=rss"
	sum := sha256.Sum256([]byte(link))
	for _, tc := range []struct{ id, url, want string }{
		{ArticleID(link, ""), link, hex.EncodeToString(sum[:8])},
		{ArticleID(link, ""), "https://www.example.org/news/a", ""}, // canonical already
		{"given-by-input", link, ""},                                // an id of the input's own
		{ArticleID("", "text"), "", ""},                             // no URL
	} {
		if got := RawURLArticleID(tc.id, tc.url); got != tc.want {
			t.Errorf("RawURLArticleID(%q, %q) = %q, want %q", tc.id, tc.url, got, tc.want)
		}
	}
}
