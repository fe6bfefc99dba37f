package events_test

import "testing"

// TestPoliceBeating codes sentences written for this test: police who
// beat a civilian group repress it (175) whether or not the sentence
// tells a protest; a single person beaten, or a group beaten by
// civilians, is an assault (182).
func TestPoliceBeating(t *testing.T) {
	c := newCoder(t)
	tests := []datedCase{
		{"2018-03-05", "Riot police beat villagers in a fishing town near Chittagong on Tuesday.", []string{"BGDCOP 175 BGDCVL asserted"}},
		{"2018-03-05", "Kenyan police beat residents of a Nairobi slum on Tuesday.", []string{"KENCOP 175 KENCVL asserted"}},
		{"2018-03-05", "Police beat a journalist in Minsk on Tuesday.", []string{"BLRCOP 182 BLRMED asserted"}},
		{"2018-03-05", "Israeli settlers beat villagers near Hebron on Tuesday.", []string{"ISRCVL 182 PSECVL asserted"}},
	}
	checkPublished(t, c, tests)
}
