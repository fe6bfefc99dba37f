package sentences

import "testing"

// TestPluralPossessed: the word after a plural's lone possessive
// apostrophe is a noun and the apostrophe POS ("the militants' attack");
// after a closing single quote ("'free the hostages' say") the verb stays.
func TestPluralPossessed(t *testing.T) {
	cases := []struct {
		text     string
		at       int
		tag, apo string
	}{
		{"Troops moved in after the militants' attack on a base.", 7, "NN", "POS"},
		{"The farmers' protests spread to Paris.", 3, "NNS", ""},
		{"'Free the hostages' say the protesters.", 5, "VBP", "'"},
		{"The militants attack a base.", 2, "VBP", ""},
	}
	for _, c := range cases {
		toks := Tag(Tokenize(c.text), NewLexicon())
		if toks[c.at].Tag != c.tag {
			t.Errorf("%q: %q tagged %s, want %s", c.text, toks[c.at].Text, toks[c.at].Tag, c.tag)
		}
		if c.apo != "" && toks[c.at-1].Tag != c.apo {
			t.Errorf("%q: %q tagged %s, want %s", c.text, toks[c.at-1].Text, toks[c.at-1].Tag, c.apo)
		}
	}
}
