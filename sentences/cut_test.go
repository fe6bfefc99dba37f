package sentences

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestCutNoSeparator: an over-long sentence with no separator before
// MaxSentence bytes is cut before the rune that would cross the limit:
// every piece at most MaxSentence bytes, valid UTF-8, none empty (review
// 24b: the head was one byte over, splitting a multi-byte rune, and an
// empty tail could follow).
func TestCutNoSeparator(t *testing.T) {
	a := strings.Repeat
	cases := []struct {
		name, in string
		want     []string
	}{
		{"one byte over", a("a", 1501), []string{a("a", 1500), "a"}},
		{"exactly the limit", a("a", 1500), []string{a("a", 1500)}},
		{"two-byte rune across", a("a", 1499) + "é" + a("b", 20), []string{a("a", 1499), "é" + a("b", 20)}},
		{"three-byte rune across", a("a", 1498) + "—" + a("c", 5), []string{a("a", 1498), "—" + a("c", 5)}},
		{"two cuts", a("a", 3001), []string{a("a", 1500), a("a", 1500), "a"}},
		{"tab after the limit", a("a", 1500) + "\tThe talks resumed.", []string{a("a", 1500), "The talks resumed."}},
	}
	for _, c := range cases {
		got := SplitText(c.in)
		if len(got) != len(c.want) {
			t.Errorf("%s: %d sentences of %v bytes, want %d", c.name, len(got), lens(got), len(c.want))
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: sentence %d is %d bytes %q…, want %d bytes", c.name, i, len(got[i]), clip(got[i]), len(c.want[i]))
			}
			if len(got[i]) > MaxSentence || got[i] == "" || !utf8.ValidString(got[i]) {
				t.Errorf("%s: sentence %d: %d bytes, valid UTF-8 %v", c.name, i, len(got[i]), utf8.ValidString(got[i]))
			}
		}
	}
}

func lens(ss []string) []int {
	n := make([]int, len(ss))
	for i, s := range ss {
		n[i] = len(s)
	}
	return n
}

func clip(s string) string {
	if len(s) > 20 {
		return s[:20]
	}
	return s
}
