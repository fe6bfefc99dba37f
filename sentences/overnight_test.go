package sentences

import "testing"

// TestTagAdverbBeforeNoun: after an article or a possessive determiner an
// adverb that also serves as an adjective ("an overnight attack", "their
// overnight raids") modifies the noun after it, which is no verb; after
// "all" or a pronoun the adverb stands before a verb as before.
func TestTagAdverbBeforeNoun(t *testing.T) {
	lx := NewLexicon()
	lx.GuessVerbs(true)
	for _, v := range []string{"attack", "raid", "kill", "condemn", "shell"} {
		lx.AddVerb(v)
	}
	tests := []struct{ in, want string }{
		{"in an overnight attack on a village", "IN DT RB NN IN DT NN"},
		{"their overnight raids killed five", "PRP$ RB NNS VBD CD"},
		{"the overnight raid on the port", "DT RB NN IN DT NN"},
		// near misses: the adverb before a verb
		{"they all strongly condemn the attack", "PRP DT RB VBP DT NN"},
		{"rebels overnight attacked the town", "NNS RB VBD DT NN"},
		{"they overnight attack the town", "PRP RB VBP DT NN"},
	}
	for _, tt := range tests {
		if g := tags(tt.in, lx); g != tt.want {
			t.Errorf("Tag(%q)\n got %s\nwant %s", tt.in, g, tt.want)
		}
	}
}
