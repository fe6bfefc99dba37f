package article

import (
	"strings"
	"testing"
)

// TestTextShortWrap: a .txt wrapped at 35 columns, every line shorter
// than 40 characters, is rejoined where a line ends inside a sentence and
// the next opens lower-case (it was a paragraph a line, the sentence cut
// into fragments), though some of its breaks come before a capital
// ("New" over "Delhi."); a two-line block so broken is rejoined too.
// Short lines that each end a sentence, or open with a capital, stay a
// paragraph a line.
func TestTextShortWrap(t *testing.T) {
	tests := []struct {
		name, text string
		body       []string
	}{
		{"wrapped at 35", "TITLE: Border clash\nDATE: 2024-03-23\n\nIndian and Chinese troops clashed\non the disputed Himalayan border on\nMonday, the Indian army said in a\nstatement.\n\nChina accused India of provoking\nthe fight.\n",
			[]string{"Indian and Chinese troops clashed on the disputed Himalayan border on Monday, the Indian army said in a statement.", "China accused India of provoking the fight."}},
		{"broken before capitals", "TITLE: Border clash\nDATE: 2024-03-23\n\nIndian and Chinese troops clashed\non the disputed border on Monday,\nIndian army officials said in New\nDelhi.\n",
			[]string{"Indian and Chinese troops clashed on the disputed border on Monday, Indian army officials said in New Delhi."}},
		{"short sentences a line", "TITLE: Border clash\nDATE: 2024-03-23\n\nTroops clashed on Monday.\nChina blamed India.\nIndia denied it.\n",
			[]string{"Troops clashed on Monday.", "China blamed India.", "India denied it."}},
		{"short capitalised lines", "TITLE: Border clash\nDATE: 2024-03-23\n\nTroops clashed on Monday\nChina blamed India\nIndia denied it\n",
			[]string{"Troops clashed on Monday", "China blamed India", "India denied it"}},
		// indented as a whole (every line by two spaces, blank lines too):
		// read as unindented; it was a paragraph a line
		{"indented as a whole", "TITLE: Border clash\nDATE: 2024-03-23\n  \n  Indian and Chinese troops clashed\n  on the disputed Himalayan border on\n  Monday, the Indian army said in a\n  statement.\n  \n  China accused India of provoking\n  the fight.\n",
			[]string{"Indian and Chinese troops clashed on the disputed Himalayan border on Monday, the Indian army said in a statement.", "China accused India of provoking the fight."}},
		{"indented, paragraphs deeper", "TITLE: Border clash\nDATE: 2024-03-23\n\n    Indian and Chinese troops clashed on the disputed\n  Himalayan border on Monday, the Indian army said.\n    China accused India of provoking the fight on the\n  border, officials in Beijing said on Monday night.\n",
			[]string{"Indian and Chinese troops clashed on the disputed Himalayan border on Monday, the Indian army said.", "China accused India of provoking the fight on the border, officials in Beijing said on Monday night."}},
		{"short sentences indented", "TITLE: Border clash\nDATE: 2024-03-23\n\n  Troops clashed on Monday.\n  China blamed India.\n  India denied it.\n",
			[]string{"Troops clashed on Monday.", "China blamed India.", "India denied it."}},
	}
	for _, tt := range tests {
		arts, err := Read("t.txt", []byte(tt.text), Options{})
		if err != nil || len(arts) != 1 {
			t.Fatalf("%s: %d articles, %v", tt.name, len(arts), err)
		}
		if got := arts[0].Body; strings.Join(got, "|") != strings.Join(tt.body, "|") {
			t.Errorf("%s: body %q; want %q", tt.name, got, tt.body)
		}
	}
}

// TestTextHeaderWithoutTitle: a header giving no TITLE: (a date and an
// outlet alone) leaves the headline rule on: the first short unpunctuated
// line, alone or over the lead, is the title, not body sentence 0; a
// header with TITLE: keeps its first line in the body.
func TestTextHeaderWithoutTitle(t *testing.T) {
	lead := "Indian and Chinese troops clashed on the disputed Himalayan border on Monday, officials said."
	tests := []struct {
		name, text, title string
		body              []string
	}{
		{"own block", "DATE: 2024-03-23\nSOURCE: Reuters\n\nTroops clash on border\n\n" + lead + "\n\nBoth sides sent reinforcements.\n",
			"Troops clash on border", []string{lead, "Both sides sent reinforcements."}},
		{"over the lead", "DATE: 2024-03-23\n\nTroops clash on border\n" + lead + "\nBoth sides sent reinforcements.\n",
			"Troops clash on border", []string{lead, "Both sides sent reinforcements."}},
		{"titled", "TITLE: Border clash\nDATE: 2024-03-23\n\nTroops clash on border\n" + lead + "\n",
			"Border clash", []string{"Troops clash on border", lead}},
	}
	for _, tt := range tests {
		arts, err := Read("t.txt", []byte(tt.text), Options{})
		if err != nil || len(arts) != 1 {
			t.Fatalf("%s: %d articles, %v", tt.name, len(arts), err)
		}
		a := arts[0]
		if a.Title != tt.title || strings.Join(a.Body, "|") != strings.Join(tt.body, "|") {
			t.Errorf("%s: title %q, body %q; want %q, %q", tt.name, a.Title, a.Body, tt.title, tt.body)
		}
	}
}
