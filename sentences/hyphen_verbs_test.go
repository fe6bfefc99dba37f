package sentences

import "testing"

// TestHyphenedVerbs checks hyphened spellings of the lexicon's verbs:
// "air-dropped" is a form of airdrop, "re-imposed" of impose, and
// "court-martialled" (British doubling after -ial) of court-martial,
// tagged and lemmatised as the verb; hyphened words that spell no verb
// ("so-called", "Saudi-led", "co-hosted" with no cohost) are left to
// the shape rules.
func TestHyphenedVerbs(t *testing.T) {
	lx := NewLexicon()
	for _, v := range []string{"airdrop", "airlift", "impose", "court-martial", "fire"} {
		lx.AddVerb(v)
	}
	tests := []struct{ in, tags, lemma string }{
		{"Jordanian planes air-dropped food", "NNP NNS VBD NN", "airdrop"},
		{"the army air-lifts aid", "DT NN VBZ NN", "airlift"},
		{"Britain has air-lifted supplies", "NNP VBZ VBN NNS", "airlift"},
		{"the EU re-imposed sanctions", "DT NNP VBD NNS", "impose"},
		{"the army court-martialled two officers", "DT NN VBD CD NNS", "court-martial"},
		{"the army court-martialed two officers", "DT NN VBD CD NNS", "court-martial"},
		// near misses: no verb spelled
		{"the so-called caliphate", "DT NN NN", ""},
		{"Egypt co-hosted the talks", "NNP NN DT NNS", ""},
	}
	for _, tt := range tests {
		if g := tags(tt.in, lx); g != tt.tags {
			t.Errorf("Tag(%q)\n got %s\nwant %s", tt.in, g, tt.tags)
		}
		if tt.lemma == "" {
			continue
		}
		found := false
		for _, tok := range Tag(Tokenize(tt.in), lx) {
			found = found || tok.Lemma == tt.lemma
		}
		if !found {
			t.Errorf("Tag(%q): no token with lemma %q", tt.in, tt.lemma)
		}
	}
}
