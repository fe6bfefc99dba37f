package events_test

import "testing"

// TestFlownTroops: troops flown or airlifted to another state's ground
// are sent there (074, as "sent troops to", events/data/verbs.txt);
// wounded soldiers flown out are no deployment.
func TestFlownTroops(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"France airlifted 300 paratroopers to Chad on Friday.",
			[]string{"FRA 074 TCD asserted"}},
		{"Kenya flew 200 soldiers to Mogadishu on Monday.",
			[]string{"KEN 074 SOM asserted"}},
		{"The air force flew wounded soldiers to a hospital in Kyiv on Friday.",
			nil},
	}, false)
}
