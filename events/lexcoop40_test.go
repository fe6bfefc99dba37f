package events_test

import "testing"

// TestJointPatrolsSetUp codes joint patrols set up by two states as
// military cooperation both ways (062), an intent when agreed (0312,
// future); a joint committee set up stays no cooperation event.
func TestJointPatrolsSetUp(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Niger and Chad agreed on Thursday to set up joint desert patrols against arms traffickers.",
			[]string{"NER 0312 TCD future 2024-07-11", "TCD 0312 NER future 2024-07-11"}},
		{"Niger and Chad set up joint patrols along their border on Thursday.",
			[]string{"NER 062 TCD asserted 2024-07-11", "TCD 062 NER asserted 2024-07-11"}},
		{"Niger and Chad set up a joint committee on grazing rights on Thursday.",
			nil},
	}, true)
}
