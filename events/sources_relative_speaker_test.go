package events_test

import "testing"

// TestRelativeSpeaker checks that the speaker of an attribution inside a
// relative clause ("The man who police said sowed terror …, setting off
// bombs") is not the participle's doer (was USACOP 183 USACVL): the
// relative's antecedent is, an actor or none.
func TestRelativeSpeaker(t *testing.T) {
	checkFamiliesOn(t, "2024-05-01", "", []familyCase{
		{"police inside the relative", "The man who police said sowed terror across two cities, setting off bombs in Chicago and Detroit, was arrested on Monday.", nil},
		{"an actor antecedent", "Hamas, which Israeli officials said planned the raid, firing rockets at Sderot, denied the charge.",
			[]string{"PSEREB 194 ISR asserted"}},
		{"near miss: police acting", "Police raided a house in Chicago on Monday, arresting two men.",
			[]string{"USACOP 173 USACVL asserted"}},
	}, false)
}
