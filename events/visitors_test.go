package events_test

import "testing"

// TestVisitorNotOfPlaceVisited checks an unresolved title that goes to a
// place: it never takes the visited place's country (a self-visit says
// nobody), while a visitor of a named state keeps it and people at a
// place where someone arrives stay that place's.
func TestVisitorNotOfPlaceVisited(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Secretary of State said he would visit Japan next month.", nil},
		{"The foreign minister will travel to Beijing next week.", nil},
		{"The president will visit Kenya in March, his office said.", nil},
		{"The defence secretary said he would fly to Kyiv soon.", nil},
		// near misses: the visitor's state is named
		{"The British foreign minister will travel to Beijing next week.",
			[]string{"GBRGOV 036 CHN future"}},
		{"President Emmanuel Macron will visit India on Monday, his office said.",
			[]string{"FRAGOV 036 IND future"}},
	}, false)
}
