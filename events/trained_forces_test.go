package events_test

import "testing"

// TestTrainedStateForces checks, on sentences written for this test, that
// a state's police or army units trained by another are military
// cooperation (062), and that rebels trained are not.
func TestTrainedStateForces(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Italy began training Iraqi police on Monday.",
			[]string{"ITA 062 IRQCOP asserted"}},
		{"French instructors trained Malian gendarmes on Monday.",
			[]string{"FRAMIL 062 MLICOP asserted"}},
		{"The United States began training Syrian rebels in Jordan on Monday.",
			nil},
	}, false)
}
