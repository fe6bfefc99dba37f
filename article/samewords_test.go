package article_test

import (
	"testing"

	"github.com/dyad-events/dyad/article"
)

func TestSameWords(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"", "", true},
		{"Seoul and Tokyo held talks.", "Seoul and Tokyo held talks.", true},
		{"Seoul and Tokyo\n\nheld talks.", " Seoul  and\tTokyo held talks. ", true},
		{"Seoul and Tokyo held talks.", "Seoul and Tokyo held talks", false},
		{"Seoul and Tokyo", "Seoul and Tokyo held talks.", false},
		{"Seoul and Tokyo held", "Seoul andTokyo held", false},
		{"   ", "", true},
		{"a", "", false},
	} {
		if got := article.SameWords(c.a, c.b); got != c.want {
			t.Errorf("SameWords(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
