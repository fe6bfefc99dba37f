package article

import (
	"errors"
	"slices"
	"testing"
)

// TestCutPageUnfinishedSentence: a page cut off mid-sentence loses the
// unfinished sentence at its end; the complete sentences before it, and
// a complete page, are kept as they are.
func TestCutPageUnfinishedSentence(t *testing.T) {
	tests := []struct {
		name, page string
		body       []string
		cut        bool
	}{
		{"cut in a new paragraph",
			"<html><body><p>Chadian troops clashed with rebels near Abeche on Sunday, the army said.</p><p>Sudan accused the",
			[]string{"Chadian troops clashed with rebels near Abeche on Sunday, the army said."}, true},
		{"cut mid-paragraph",
			"<html><body><p>Chadian troops clashed with rebels near Abeche on Sunday, the army said.</p><p>Two soldiers died. Sudan accused the",
			[]string{"Chadian troops clashed with rebels near Abeche on Sunday, the army said.", "Two soldiers died."}, true},
		{"cut after a quote",
			"<html><body><p>Chadian troops clashed with rebels near Abeche on Sunday, the army said.</p><p>\"We will not negotiate,\" the minister said. \"Never again.\"",
			[]string{"Chadian troops clashed with rebels near Abeche on Sunday, the army said.", "\"We will not negotiate,\" the minister said. \"Never again.\""}, true},
		{"complete page",
			"<html><body><p>Chadian troops clashed with rebels near Abeche on Sunday, the army said.</p><p>Sudan accused the rebels of</p></body></html>",
			[]string{"Chadian troops clashed with rebels near Abeche on Sunday, the army said.", "Sudan accused the rebels of"}, false},
	}
	for _, tt := range tests {
		arts, err := Read("page.html", []byte(tt.page), Options{})
		var ce *CutError
		if errors.As(err, &ce) != tt.cut || len(arts) != 1 {
			t.Errorf("%s: %d articles, error %v", tt.name, len(arts), err)
			continue
		}
		if !slices.Equal(arts[0].Body, tt.body) {
			t.Errorf("%s: body %q, want %q", tt.name, arts[0].Body, tt.body)
		}
	}
}
