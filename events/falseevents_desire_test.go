package events_test

import "testing"

// TestDeniedWish: the infinitive of a negated "want", "wish", "intend"
// or "mean" is no event (falseevents_desire.go); a negated attempt, an
// intention stated and a negated act stay.
func TestDeniedWish(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Union leaders said French dockworkers did not want to go on strike.", nil},
		{"Houthi fighters do not intend to surrender to Saudi forces.", nil},
		{"Chilean miners never wished to occupy the ministry.", nil},
		{"Israeli troops did not try to attack the Hamas fighters.", []string{"ISRMIL 190 PSEREB negated"}},
		{"Houthi fighters intend to surrender to Saudi forces.", []string{"YEMREB 0356 SAUMIL future"}},
		{"Kenya did not expel the British diplomats.", []string{"KEN 161 GBRGOV negated"}},
	}, false)
}
