package events_test

import "testing"

// TestUSGeorgia codes Georgia named with an office only the U.S. state has
// ("Georgia Governor", "Georgia's secretary of state", "a Georgia state
// senator"), with such an office before "of Georgia" ("the governor of
// Georgia", src47) or with one of the state's cities as the United
// States; the country's own government and police stay GEO, and so do
// "the president of Georgia" and the governor "of Georgia's" region.
func TestUSGeorgia(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Georgia's secretary of state rejected the campaign's demand for a recount on Friday.", []string{"USAGOV 120 - asserted"}},
		{"Georgia Governor Brian Kemp met South Korean executives in Atlanta on Tuesday to discuss a battery plant.",
			[]string{"USAGOV 040 KOR asserted", "KOR 040 USAGOV asserted"}},
		{"A Georgia state senator accused the Justice Department of hiding evidence.", []string{"USALEG 112 USAGOV asserted"}},
		{"Georgia's prime minister met Turkish President Tayyip Erdogan in Ankara on Tuesday.",
			[]string{"GEOGOV 040 TURGOV asserted", "TURGOV 040 GEOGOV asserted"}},
		{"Georgian police detained dozens of protesters in Tbilisi on Sunday.", []string{"GEOCOP 173 GEOCVL asserted"}},
		{"Russia accused the governor of Georgia on Monday.", []string{"RUS 112 USAGOV asserted"}},
		{"Russia accused the president of Georgia on Monday.", []string{"RUS 112 GEOGOV asserted"}},
		{"Russia accused the governor of Georgia's Kakheti region on Monday.", []string{"RUS 112 GEOGOV asserted"}},
	}, false)
}
