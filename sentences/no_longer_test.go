package sentences

import "testing"

// TestTagModalNoLonger: after a modal "no longer" is an adverb and the
// verb after it a verb ("would no longer accept aid"); elsewhere the
// lexicon reads the two words as before.
func TestTagModalNoLonger(t *testing.T) {
	lx := NewLexicon()
	lx.GuessVerbs(true)
	for _, v := range []string{"accept", "need", "recognise"} {
		lx.AddVerb(v)
	}
	tests := []struct{ in, want string }{
		{"it would no longer accept aid", "PRP MD RB RB VB NN"},
		{"they will no longer recognise the court", "PRP MD RB RB VB DT NN"},
	}
	for _, tt := range tests {
		if g := tags(tt.in, lx); g != tt.want {
			t.Errorf("Tag(%q)\n got %s\nwant %s", tt.in, g, tt.want)
		}
	}
	// near misses: a comparison, and "no longer" after no modal
	for _, in := range []string{"the talks would last no longer than a week", "aid is no longer needed"} {
		toks := Tokenize(in)
		Tag(toks, lx)
		for _, tk := range toks {
			if tk.Lower == "longer" && tk.Tag == "RB" {
				t.Errorf("Tag(%q): %q read as the adverb after a modal", in, tk.Text)
			}
		}
	}
}
