package sentences

import "testing"

// TestObjectModifier checks that a verb form between two plurals inside
// a content verb's object is read as the modifier of the plural after it,
// and that a verb taking a bare infinitive or a clause, a headline and a
// plural subject keep the verb; and that a year before a name is no count
// (object_modifier.go, counted.go).
func TestObjectModifier(t *testing.T) {
	lx := NewLexicon()
	lx.GuessVerbs(true)
	for _, v := range []string{"give", "phone", "intercept", "approve", "export", "let", "hold", "stake", "reopen", "school",
		"fear", "plan", "attack", "fire", "rocket", "arm", "wipe", "trade", "see", "sell", "arm", "supply", "use", "tell", "arrest", "stress", "complain", "send", "helicopter"} {
		lx.AddVerb(v)
	}
	tests := []struct{ in, want string }{
		{"The US gave their Colombian counterparts phone intercepts .", "DT NNP VBD PRP$ NNP NNS NN NNS ."},
		{"Britain approved 350 arms export licences to Israel .", "NNP VBD CD NNS NN NNS TO NNP ."},
		{"In 2014 Russia arms the rebels .", "IN CD NNP VBZ DT NNS ."},
		// the verb stays: a bare infinitive, a clause, a headline, a plural subject
		{"Washington will let foreign firms hold majority stakes .", "NNP MD VB JJ NNS VBP NN NNS ."},
		{"Witnesses saw the soldiers fire rockets .", "NNS VBD DT NNS VBP NNS ."},
		{"Taliban rulers reopen schools in Kabul .", "NNP NNS VBP NNS IN NNP ."},
		{"Trade war fears wipe billions off markets .", "VBP NN NNS VBP NNS IN NNS ."},
		{"Four soldiers fire rockets at the town .", "CD NNS VBP NNS IN DT NN ."},
		{"Police sold the weapons rebels use .", "NNP VBD DT NNS NNS VBP ."},
		// a clause verb before the plural: its subject and verb
		{"The group complained government forces arrest protesters .", "DT NN VBD NN NNS VBP NNS ."},
		{"Rights groups stressed Israeli troops attack civilians .", "NNP NNS VBD NNP NNS VBP NNS ."},
		// a verb of two objects
		{"Turkey sent the rebels attack helicopters .", "NNP VBD DT NNS NN NNS ."},
	}
	for _, tt := range tests {
		if g := tags(tt.in, lx); g != tt.want {
			t.Errorf("Tag(%q)\n got %s\nwant %s", tt.in, g, tt.want)
		}
	}
}
