package events_test

import "testing"

// TestComparedOptimism: a speaker "more optimistic" or "more hopeful"
// than before makes an optimistic comment (013), as "was optimistic"
// does, and "than at any time in the past year" is the span compared
// with, not the comment's date (hits.go comparedFeeling, dates.go
// anyTimeIn). Published 2024-07-13, a Saturday.
func TestComparedOptimism(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya's foreign minister said on Friday he was more optimistic than at any time in the past year that the talks would succeed.",
			[]string{"KENGOV 013 - asserted 2024-07-12"}},
		{"Kenya's foreign minister said on Friday he was more hopeful than at any time this year about the talks.",
			[]string{"KENGOV 013 - asserted 2024-07-12"}},
		{"Kenya's foreign minister said on Friday he was optimistic about the talks.",
			[]string{"KENGOV 013 - asserted 2024-07-12"}},
	}, true)
}
