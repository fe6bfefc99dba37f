package events_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestPrimeMinisterOfNone checks a bare "the prime minister" in a story
// about a state whose president heads its government: no actor rather
// than that state's government; near miss: a story about a state with a
// prime minister.
func TestPrimeMinisterOfNone(t *testing.T) {
	tests := []struct{ first, text, want string }{
		{"The United States and Mexico signed a trade deal on Monday.", "The prime minister visited Perth on Tuesday.", ""},
		{"Indonesia and Brazil signed a trade deal on Monday.", "The prime minister visited Perth on Tuesday.", ""},
		// near miss
		{"Britain and Norway signed a trade deal on Monday.", "The prime minister visited Perth on Tuesday.", "GBRGOV 042 AUS asserted @ Perth AUS 2024-07-09; AUS 043 GBRGOV asserted @ Perth AUS 2024-07-09"},
	}
	for _, tt := range tests {
		c := newCoder(t)
		a := &dyad.Article{ID: "t", Published: "2024-07-10", Body: []string{tt.first, tt.text}}
		var out []string
		for _, ev := range c.Code(a) {
			if ev.Sentence != 1 {
				continue
			}
			out = append(out, placedEvent(ev))
		}
		if got := strings.Join(out, "; "); got != tt.want {
			t.Errorf("%s %s\n got %s\nwant %s", tt.first, tt.text, got, tt.want)
		}
	}
}
