package events_test

import "testing"

// TestPlatinumMiner: Anglo American Platinum (Amplats) is South Africa's
// company (actors/data/society.txt), not the United States its name's
// "American" once gave.
func TestPlatinumMiner(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"South African mine workers demanded on Friday that Anglo American Platinum drop plans to close four shafts.",
			[]string{"ZAFLAB 1042 ZAFBUS asserted"}},
		{"South African mine workers demanded on Friday that Amplats drop plans to close four shafts.",
			[]string{"ZAFLAB 1042 ZAFBUS asserted"}},
		// the adjective alone is still the United States
		{"South African mine workers demanded on Friday that the American embassy drop plans to close its consulate.",
			[]string{"ZAFLAB 1042 USAGOV asserted"}},
	}, false)
}
