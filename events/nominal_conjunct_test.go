package events_test

import "testing"

// TestNominalConjunct: a plural event noun after an actor and a lower-case
// modifier coordinated with a noun ("North Korea's nuclear test and new
// United Nations sanctions") is a noun, here in a "since" phrase:
// background (status_screen.go nounLike); a finite verb after its subject
// is coded.
func TestNominalConjunct(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The launch is the first since North Korea's sixth nuclear test and new United Nations sanctions on the country.", nil},
		// near miss: the United Nations as the subject of a finite verb
		{"The United Nations sanctions North Korea over its sixth nuclear test.", []string{"IGOUNO 163 PRK asserted"}},
	}, false)
}
