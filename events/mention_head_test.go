package events

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// TestMentionHead: the head word of a mention's text, lower-cased, read
// word by word; the same answers as a strings.Fields split (the word
// before the first "of", "on" or "for" that has words on both sides,
// else the last word).
func TestMentionHead(t *testing.T) {
	fields := func(text string) string { // (the former split)
		f := strings.Fields(text)
		if len(f) == 0 {
			return ""
		}
		for x := 1; x < len(f)-1; x++ {
			switch f[x] {
			case "of", "on", "for":
				return strings.ToLower(f[x-1])
			}
		}
		return strings.ToLower(f[len(f)-1])
	}
	for _, c := range []struct{ text, want string }{
		{"the prosecutor of the International Criminal Court", "prosecutor"},
		{"Ministers for Foreign Affairs", "ministers"},
		{"the Committee on Human Rights for Refugees", "committee"},
		{"Army officers", "officers"},
		{"Police", "police"},
		{"of", "of"},
		{"the heads of", "of"}, // (no word after it)
		{"of Defence Ministers", "ministers"},
		{"  Council\tof\nEurope ", "council"},
		{"", ""},
		{"   ", ""},
	} {
		if got := mentionHead(actors.Mention{Actor: dyad.Actor{Text: c.text}}); got != c.want {
			t.Errorf("mentionHead(%q) = %q, want %q", c.text, got, c.want)
		}
		if old := fields(c.text); old != c.want {
			t.Errorf("the Fields split of %q = %q, want %q", c.text, old, c.want)
		}
	}
}
