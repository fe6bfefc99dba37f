package article

import "testing"

// TestOtherStory: two bodies are one story when they open alike or share
// half the word trigrams of the shorter; else two.
func TestOtherStory(t *testing.T) {
	a := "Sudan's army shelled positions of the Rapid Support Forces in Omdurman on Tuesday, killing at least ten fighters, witnesses said."
	for _, c := range []struct {
		body, stored string
		want         bool
	}{
		{a, a, false},
		{a + "\n\nThe army said more shelling would follow.", a, false}, // an edited page
		{"SUDAN'S ARMY shelled positions of the Rapid Support Forces in Omdurman on Wednesday.", a, false},
		{"Witnesses said Sudan's army shelled positions of the Rapid Support Forces in Omdurman on Tuesday, killing at least ten fighters.", a, false},
		{"Ethiopia and Eritrea held talks in Asmara on Tuesday, the foreign ministry said.", a, true},
		{"Rwanda recalled its ambassador from Burundi on Thursday, the foreign ministry said.", "Tanzania expelled two Kenyan diplomats on Thursday, the foreign ministry said.", true},
		{"", a, false},
	} {
		if got := OtherStory(c.body, c.stored); got != c.want {
			t.Errorf("OtherStory(%q, %q) = %v, want %v", c.body, c.stored, got, c.want)
		}
	}
}
