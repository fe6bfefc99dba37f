package sentences

import (
	"strings"
	"testing"
)

// TestTagWire checks the tags of wire phrasings that the shape rules used
// to get wrong: number words, nouns in -ing after modifiers, participles
// used as adjectives, plural nouns at the start of a sentence, verbs the
// lexicon does not list. The lexicon holds the base verbs plus the verbs
// added here, as the event coder's does.
func TestTagWire(t *testing.T) {
	lx := NewLexicon()
	for _, v := range []string{"shell", "suspect", "kill", "attack", "detain", "fire", "hold", "talk", "team", "rise", "free", "fight", "wound", "hit", "jail", "release", "share", "cross", "open", "down", "rule", "force"} {
		lx.AddVerb(v)
	}
	tests := []struct{ in, want string }{
		// number words are CD like digits; plural counts stay nouns
		{"three soldiers were killed", "CD NNS VBD VBN"},
		{"Two people died and thousands fled", "CD NN NN CC NNS NN"},
		{"a $7 billion loan", "DT $ CD CD NN"},
	}
	for _, tt := range tests {
		toks := Tag(Tokenize(tt.in), lx)
		var got []string
		for _, tk := range toks {
			got = append(got, tk.Tag)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("Tag(%q)\n got %s\nwant %s", tt.in, g, tt.want)
		}
	}
}
