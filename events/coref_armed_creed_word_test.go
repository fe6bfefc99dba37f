package events

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestCreedWord: only a creed or ideology ending in "-ist" premodifies a
// group as a word of its own phrase; other "-ist" words ("journalist",
// "activist", "tourist") name people, not creeds (review73b finding 9).
func TestCreedWord(t *testing.T) {
	v, err := parseVocab(defaultWords, "events/data/words.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, tag string
		want      bool
	}{
		{"communist", "JJ", true},
		{"Maoist", "NNP", true},
		{"separatist", "NN", true},
		{"Islamist", "JJ", true},
		{"communist", "VBD", false},
		{"journalist", "NN", false},
		{"activist", "JJ", false},
		{"tourist", "NN", false},
		{"list", "NN", false},
	} {
		tok := dyad.Token{Text: tt.text, Lower: strings.ToLower(tt.text), Tag: tt.tag}
		if got := v.creedWord(tok); got != tt.want {
			t.Errorf("creedWord(%q/%s) = %v, want %v", tt.text, tt.tag, got, tt.want)
		}
	}
}
