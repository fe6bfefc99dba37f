package events_test

import "testing"

// TestSeatedBody: a governing body "based" in a place (a government, a
// parliament) sits in its own state, so the base gives its country
// (actors_places.go's seatedBody): "Libya's Tripoli-based government"
// was dropped, now LBYGOV. A diplomat or official based somewhere stays
// of no state the sentence names.
func TestSeatedBody(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Libya's Tripoli-based government released 14 Egyptian fishermen on Tuesday.",
			[]string{"LBYGOV 0841 EGYCVL asserted"}},
		{"The Tobruk-based parliament rejected the UN peace plan on Tuesday.",
			[]string{"LBYLEG 127 IGOUNO asserted"}},
		{"The Sanaa-based government freed 20 Saudi prisoners on Monday.",
			[]string{"YEMGOV 0841 SAUCVL asserted"}},
		// near misses: a diplomat or an official posted somewhere
		{"A Sanaa-based diplomat freed 20 Saudi prisoners on Monday.", nil},
		{"A Tripoli-based official released 14 Egyptian fishermen on Tuesday.", nil},
	}, false)
}
