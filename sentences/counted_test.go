package sentences

import "testing"

// TestCountedNoun checks that a verb form inside a count's noun phrase is
// read as its plural head or a compound's modifier, and that a count
// which is the subject keeps its verb.
func TestCountedNoun(t *testing.T) {
	lx := NewLexicon()
	lx.GuessVerbs(true)
	for _, v := range []string{"ship", "deliver", "suspect", "attack", "patrol", "staff", "arm", "remain", "fire", "say", "carry", "hand", "phone", "strike"} {
		lx.AddVerb(v)
	}
	tests := []struct{ in, want string }{
		{"Two United Nations ships carrying fuel", "CD NNP NNP NNS VBG NN"},
		{"handed two Thai insurgent suspects to police", "VBD CD NNP NN NNS TO NN"},
		{"delivered six Mi-35 attack helicopters", "VBD CD NNP NN NNS"},
		{"gave two refurbished Cyclone-class patrol ships", "VBD CD JJ NNP NN NNS"},
		{"two Myanmar staff members", "CD NNP NN NNS"},
		// the verb stays: a plural subject, a single count
		{"Ships carry fuel", "NNS VBP NN"},
		{"the two Koreas remain at war", "DT CD NNP VBP IN NN"},
		{"four Thai soldiers fire on protesters", "CD NNP NNS VBP IN NNS"},
		{"one Chinese official says", "CD NNP NN VBZ"},
		// a clock time and a house number count nothing
		{"At 3 pm Israel strikes the camp", "IN CD NN NNP VBZ DT NN"},
		{"At 3pm Israel strikes the camp", "IN CD NNP VBZ DT NN"},
		{"At 0800 GMT Israel strikes the camp", "IN CD NNP NNP VBZ DT NN"},
		{"a spokesman for 10 Downing Street says", "DT NN IN CD NNP NNP VBZ"},
	}
	for _, tt := range tests {
		if g := tags(tt.in, lx); g != tt.want {
			t.Errorf("Tag(%q)\n got %s\nwant %s", tt.in, g, tt.want)
		}
	}
}
