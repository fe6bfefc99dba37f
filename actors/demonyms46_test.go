package actors_test

import (
	"testing"

	"github.com/dyad-events/dyad/actors"
)

// TestDemonyms46 checks, on sentences written for this test, the two
// adjectives scripts/gen-geo/overrides.txt adds to countries.txt:
// "Djiboutian" (DJI), which world-countries spells as the country's name,
// and "Dominican" (DOM), which it leaves to neither the Dominican
// Republic nor Dominica; Dominica itself stays DMA: every mention as
// text=CODE.
func TestDemonyms46(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2008-06-11", "Eritrean and Djiboutian troops clashed on the border.", "Eritrean=ERIMIL | Djiboutian troops=DJIMIL"},
		{"2004-10-05", "Dominican troops deported Haitians.", "Dominican troops=DOMMIL | Haitians=HTICVL"},
		{"2023-10-27", "The Dominican Republic thanked Dominica.", "The Dominican Republic=DOM | Dominica=DMA"},
	}, func(mn actors.Mention) string {
		return mn.Text + "=" + mn.Code
	})
}
