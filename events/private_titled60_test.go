package events_test

import "testing"

// TestPrivateTitledPeople codes a private person or an opponent named by
// a title and a name the dictionary lacks ("Opposition leader Rahul
// Mehta", "Activist Anna Hazare") with the state the context gives, as
// the bare agent takes it ("Activists criticised the Indian
// government"); an unknown office holder of no state said ("Deputy
// Minister Rahul Mehta") is still no actor.
func TestPrivateTitledPeople(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Opposition leader Rahul Mehta accused the Indian government of corruption on Tuesday.",
			[]string{"INDOPP 112 INDGOV asserted"}},
		{"Activist Anna Hazare began a hunger strike against the Indian government on Tuesday.",
			[]string{"INDCVL 142 INDGOV asserted"}},
		// near miss: an office of a state, its state unknown
		{"Deputy Minister Rahul Mehta accused the Indian government of corruption on Tuesday.",
			nil},
	}, false)
}
