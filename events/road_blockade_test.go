package events_test

import "testing"

// TestRoadBlockade: a road blockade is a protest (144), its threat a
// threat of protest (133), not a military blockade (1381), which a naval
// blockade threatened stays (verbs.txt).
func TestRoadBlockade(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Nepal's opposition threatened on Friday to enforce a nationwide road blockade over the postponement of the election.",
			[]string{"NPLOPP 133 NPLGOV asserted"}},
		{"Nepal's opposition threatened on Friday to blockade roads across the country.",
			[]string{"NPLOPP 133 - asserted"}},
		{"Nepal's opposition enforced a nationwide road blockade on Friday over the postponement of the election.",
			[]string{"NPLOPP 144 NPLGOV asserted"}},
		{"Israel threatened on Friday to impose a naval blockade on Gaza.",
			[]string{"ISR 1381 PSE asserted"}},
	}, false)
}
