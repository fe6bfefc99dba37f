package events_test

import "testing"

// TestBackgroundObject: a nominal event governed by a verb told as
// background ("previously described Russia's invasion of Ukraine as") is
// background too (falseevents_background_object.go); governed by a verb
// of the day, it is coded.
func TestBackgroundObject(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The European Union previously described Russia's invasion of Georgia as a grave threat to European security.", nil},
		// near miss: the verb is of the day
		{"The European Union on Monday condemned Russia's invasion of Georgia.", []string{"IGOEUREEC 111 RUS asserted", "RUS 190 GEO asserted"}},
	}, false)
}
