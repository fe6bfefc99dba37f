package events_test

import "testing"

// TestPeopleCrowdSubjects checks sources.go's postModSubject on a crowd
// named by a people before its head noun ("thousands of Kurdish
// residents of …"), and targets.go's demandAfter reading a chanted
// demand past a long place and time phrase.
func TestPeopleCrowdSubjects(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Hundreds of Kurdish residents of Qamishli in northeastern Syria rallied on Friday.",
			[]string{"SYRCVL 141 - asserted"}},
		{"Dozens of Uyghur residents of Urumqi marched on Sunday.",
			[]string{"CHNCVL 141 - asserted"}},
		{"Thousands of Serbians marched through the centre of Novi Sad on Saturday for a fourth straight week, chanting for the fall of the government.",
			[]string{"SRBCVL 141 SRBGOV asserted"}},
	}, false)
}
