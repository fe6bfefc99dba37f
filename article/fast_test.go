package article

import (
	"strings"
	"testing"
)

// TestClean checks clean's no-copy fast path against its definition,
// strings.Join(strings.Fields(s), " "), on the white space Fields knows.
func TestClean(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "a\vb", "a\fb", "a\rb",
		"Seoul\u00a0said", "Seoul\u0085said", "Seoul\u2009said", "Seoul\u3000", "\u00a0Seoul",
		"naïve café", "Kyiv’s forces", "bad \xff byte", "\xff", "x\u200by", "end.  ",
	} {
		want := strings.Join(strings.Fields(s), " ")
		if got := clean(s); got != want {
			t.Errorf("clean(%q) = %q, want %q", s, got, want)
		}
		if isClean(s) != (s == want) {
			t.Errorf("isClean(%q) = %v, want %v", s, isClean(s), s == want)
		}
	}
}

// TestHasBoilerPhrase checks the indexed phrase search against one
// strings.Contains per phrase.
func TestHasBoilerPhrase(t *testing.T) {
	cases := []string{"", "s", "sign up for our newsletter", "please sign up for free today", "© 2024 afp",
		"the minister signed up to the treaty", "click her", "click here", "more to follo", "more to follow",
		"read the privacy policy.", "subscribe fo", "subscribe for x", "x junk folder"}
	for _, w := range boilerPhrases {
		cases = append(cases, w, "x "+w, w[:len(w)-1], "x "+w[1:])
	}
	for _, s := range cases {
		want := false
		for _, w := range boilerPhrases {
			if strings.Contains(s, w) {
				want = true
			}
		}
		if got := hasBoilerPhrase(s); got != want {
			t.Errorf("hasBoilerPhrase(%q) = %v, want %v", s, got, want)
		}
	}
}
