package events_test

import "testing"

// TestMeetingPurpose codes, on sentences written for this test, a planned
// meeting and its purpose ("are due to meet in Nairobi on Friday to
// discuss the dispute"): the plan to meet is 036 both ways, and "to
// discuss" adds no second plan, whoever stands nearest before it
// (meeting_purpose.go); a "discuss" that is the plan's own infinitive
// stays 036.
func TestMeetingPurpose(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"William Ruto and Yoweri Museveni, who back the Sudanese army and rebels respectively, are due to meet in Nairobi on Friday to discuss the war.",
			[]string{"KENGOV 036 UGAGOV future 2024-07-13", "UGAGOV 036 KENGOV future 2024-07-13"}},
		{"William Ruto and Yoweri Museveni are due to meet in Nairobi on Friday to discuss the border dispute.",
			[]string{"KENGOV 036 UGAGOV future 2024-07-13", "UGAGOV 036 KENGOV future 2024-07-13"}},
		{"William Ruto and Yoweri Museveni agreed on Monday to discuss the border dispute.",
			[]string{"KENGOV 036 UGAGOV future 2024-07-08", "UGAGOV 036 KENGOV future 2024-07-08"}},
	}, true)
}
