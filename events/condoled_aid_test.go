package events_test

import "testing"

// TestCondoledAid codes aid offered in a verb phrase joined to a
// condolence as aimed at the party condoled (condoled_aid.go); aid
// pledged by another subject keeps no target.
func TestCondoledAid(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2015-04-27", "India sent condolences to Nepal on Sunday over the earthquake and pledged emergency aid.",
			[]string{"IND 018 NPL asserted", "IND 033 NPL future"}},
		{"2015-04-27", "Pakistan's government offered condolences to Kathmandu on Sunday and offered relief aid.",
			[]string{"PAKGOV 018 NPL asserted", "PAKGOV 033 NPL future"}},
		{"2015-04-27", "India sent condolences to Nepal on Sunday, and China pledged emergency aid.",
			[]string{"IND 018 NPL asserted", "CHN 033 - future"}},
	})
}
