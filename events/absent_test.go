package events_test

import "testing"

// TestAbsentEvent checks, on sentences written for this test, that an
// event noun governed by a noun of absence ("the absence of", "the
// failure of any", "the lack of any") is no event (status_screen.go absentEvent),
// while a failure of an event that was held, and the act itself, stay.
func TestAbsentEvent(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Syrian troops have been emboldened by the failure of any effective legal, diplomatic and military sanctions.", nil},
		{"Syrian troops have been emboldened by the absence of any talks with Damascus.", nil},
		{"The European Union imposed sanctions on Syria on Monday.",
			[]string{"IGOEUREEC 163 SYR asserted"}},
	}, false)
}
