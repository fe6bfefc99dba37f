package events_test

import "testing"

// TestDrivenOutOfPlace: unnamed fighters driven "out of" a place are of
// the place's state (non-state groups take the country where they fight,
// CODING.md), not of the first state whose troops the sentence names;
// with no place, the old reading stands. Invented sentences.
func TestDrivenOutOfPlace(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenyan troops drove Islamist fighters out of Kismayo on Friday.", []string{"KENMIL 190 SOMREB asserted"}},
		{"Chadian and Nigerien soldiers drove jihadist fighters out of Diffa on Monday.", []string{"TCDMIL 190 NERREB asserted", "NERMIL 190 NERREB asserted"}},
	}, false)
}
