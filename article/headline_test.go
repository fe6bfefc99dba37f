package article

import (
	"strings"
	"testing"
)

// TestTextHeadlineApart: a .txt whose first line is a short headline
// without final punctuation, over a longer sentence, gives that line as
// the title, not the lead's first words (a hard-wrapped lead rejoined
// "Troops clash on border Indian and Chinese troops clashed …") nor body
// sentence 0 (one paragraph a line); a section label above it is the
// section. A first line a wrap broke (the next word would not have fitted)
// stays part of the text, and so does a short first line under a header
// giving the title (Reuters-21578, its dateline moved to the header).
func TestTextHeadlineApart(t *testing.T) {
	tests := []struct {
		name, text, title, section string
		body                       []string
	}{
		{"wrapped lead", "Troops clash on border\nIndian and Chinese troops clashed on the disputed Himalayan border\non Monday, officials in New Delhi said, in the worst fighting in\nyears. Both sides sent reinforcements to the area.\n",
			"Troops clash on border", "",
			[]string{"Indian and Chinese troops clashed on the disputed Himalayan border on Monday, officials in New Delhi said, in the worst fighting in years. Both sides sent reinforcements to the area."}},
		{"a paragraph a line", "Troops clash on border\nIndian and Chinese troops clashed on the disputed Himalayan border on Monday, officials said.\nBoth sides sent reinforcements.\n",
			"Troops clash on border", "",
			[]string{"Indian and Chinese troops clashed on the disputed Himalayan border on Monday, officials said.", "Both sides sent reinforcements."}},
		{"label and headline", "World\nTroops clash on border\nIndian and Chinese troops clashed on the disputed Himalayan border on Monday, officials said.\nBoth sides sent reinforcements.\n",
			"Troops clash on border", "World",
			[]string{"Indian and Chinese troops clashed on the disputed Himalayan border on Monday, officials said.", "Both sides sent reinforcements."}},
		{"titled by its header", "TITLE: NO CLEAR EVIDENCE TRADE GAP REVERSED\nDATELINE: LOS ANGELES, March 12 -\n\nFederal Reserve Board Chairman Paul\nVolcker said current data does not give a clear sign that the\ndeterioration in the U.S. trade balance has yet been reversed.\n",
			"NO CLEAR EVIDENCE TRADE GAP REVERSED", "",
			[]string{"Federal Reserve Board Chairman Paul Volcker said current data does not give a clear sign that the deterioration in the U.S. trade balance has yet been reversed."}},
		{"wrapped first line", "Indian and Chinese troops clashed on the disputed Himalayan\nborder on Monday, officials in New Delhi said, in the worst fighting\nin years. Both sides sent reinforcements to the area, the army said.\n",
			"", "",
			[]string{"Indian and Chinese troops clashed on the disputed Himalayan border on Monday, officials in New Delhi said, in the worst fighting in years. Both sides sent reinforcements to the area, the army said."}},
	}
	for _, tt := range tests {
		arts, err := Read("t.txt", []byte(tt.text), Options{Date: "2024-03-04"})
		if err != nil || len(arts) != 1 {
			t.Fatalf("%s: %d articles, %v", tt.name, len(arts), err)
		}
		a := arts[0]
		if a.Title != tt.title || a.Section != tt.section || strings.Join(a.Body, "|") != strings.Join(tt.body, "|") {
			t.Errorf("%s: title %q, section %q, body %q; want %q, %q, %q", tt.name, a.Title, a.Section, a.Body, tt.title, tt.section, tt.body)
		}
	}
}
