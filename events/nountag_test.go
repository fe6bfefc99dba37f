package events

import "testing"

// TestNounTag: the four noun tags are nouns; adjectives, verbs, gerunds,
// pronouns, possessives and numbers are not.
func TestNounTag(t *testing.T) {
	for tag, want := range map[string]bool{
		"NN": true, "NNS": true, "NNP": true, "NNPS": true,
		"JJ": false, "VBG": false, "VBD": false, "PRP": false, "POS": false, "CD": false, "": false,
	} {
		if got := nounTag(tag); got != want {
			t.Errorf("nounTag(%q) = %v, want %v", tag, got, want)
		}
	}
}
