package actors_test

import (
	"testing"

	"github.com/dyad-events/dyad/actors"
)

// TestSharedName checks, on sentences written for this test, two country
// names coordinated with their shared last word said once (sharedName in
// actors/sharedname.go): "North and South Korea" are PRK and KOR, two
// actors; a first word that makes no country with the shared word
// ("South and East Asia") makes none.
func TestSharedName(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-01-10", "North and South Korea agreed to reopen a liaison office.", "North=PRK | South Korea=KOR"},
		{"2024-01-10", "China urged North and South Korea to show restraint.", "China=CHN | North=PRK | South Korea=KOR"},
		{"2024-01-10", "North and South Sudan agreed to share oil revenue.", "North=SDN | South Sudan=SSD"},
		{"2024-01-10", "South and East Asia faced floods.", ""},
	}, func(mn actors.Mention) string {
		return mn.Text + "=" + mn.Code
	})
}
