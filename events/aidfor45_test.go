package events_test

import "testing"

// TestAidAcceptedFor: aid a state accepts or lets in (0863) has its giver
// as target; the people named after "for" are whom the aid is for, so
// they are no target (aidAcceptedFor).
func TestAidAcceptedFor(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Haiti accepted foreign aid for the earthquake victims on Tuesday.",
			[]string{"HTI 0863 - asserted"}},
		{"Pakistan accepted foreign aid for the 300,000 flood victims.",
			[]string{"PAK 0863 - asserted"}},
		{"Myanmar accepted foreign aid from Thailand on Tuesday.",
			[]string{"MMR 0863 THA asserted"}},
	}, false)
}
