package events_test

import (
	"testing"
)

// TestUnionLeader codes the agents entry "union leader": a union's leader
// is labour (LAB), as "union leaders" is, not the government.
func TestUnionLeader(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		{[]string{"Britain's finance minister presented the budget on Tuesday.", "The chancellor criticised a union leader over the strike on Wednesday."},
			[]string{"GBRGOV 111 GBRLAB asserted 2024-07-10"}},
	})
}
