package article

import (
	"strings"
	"testing"
)

// TestTextShortWrap: a .txt wrapped at 35 columns, every line shorter
// than 40 characters, is rejoined where a line ends inside a sentence and
// the next opens lower-case (it was a paragraph a line, the sentence cut
// into fragments); a two-line block so broken is rejoined too. Short
// lines that each end a sentence, or open with a capital, stay a
// paragraph a line.
func TestTextShortWrap(t *testing.T) {
	tests := []struct {
		name, text string
		body       []string
	}{
		{"wrapped at 35", "TITLE: Border clash\nDATE: 2024-03-23\n\nIndian and Chinese troops clashed\non the disputed Himalayan border on\nMonday, the Indian army said in a\nstatement.\n\nChina accused India of provoking\nthe fight.\n",
			[]string{"Indian and Chinese troops clashed on the disputed Himalayan border on Monday, the Indian army said in a statement.", "China accused India of provoking the fight."}},
		{"short sentences a line", "TITLE: Border clash\nDATE: 2024-03-23\n\nTroops clashed on Monday.\nChina blamed India.\nIndia denied it.\n",
			[]string{"Troops clashed on Monday.", "China blamed India.", "India denied it."}},
		{"short capitalised lines", "TITLE: Border clash\nDATE: 2024-03-23\n\nTroops clashed on Monday\nChina blamed India\nIndia denied it\n",
			[]string{"Troops clashed on Monday", "China blamed India", "India denied it"}},
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
