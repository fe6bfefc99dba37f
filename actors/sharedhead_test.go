package actors_test

import (
	"testing"

	"github.com/dyad-events/dyad/actors"
)

// TestSharedHead checks, on sentences written for this test, two
// coordinated words before a plural office noun (sharedHead in
// actors/match.go): "defence and interior ministries" is one GOV agent
// with the possessive's state, as "defence ministry" is; a word that is no
// ministry's ("old and new ministries") makes none.
func TestSharedHead(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-01-10", "Britain sanctioned Syria's defence and interior ministries.", "Britain=GBR | Syria's defence and interior ministries=SYRGOV"},
		{"2024-01-10", "Iraq's oil and finance ministries met.", "Iraq's oil and finance ministries=IRQGOV"},
		{"2024-01-10", "Britain sanctioned Syria's old and new ministries.", "Britain=GBR | Syria=SYR | ministries=GOV"},
	}, func(mn actors.Mention) string {
		return mn.Text + "=" + mn.Code
	})
}
