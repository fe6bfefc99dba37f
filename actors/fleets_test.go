package actors_test

import (
	"testing"

	"github.com/dyad-events/dyad/actors"
)

// TestNamedFleets checks, on sentences written for this test, the Russian
// Navy's fleets named in lower case as news writes them ("Black Sea
// fleet", "Baltic fleet") as RUSMIL, while a shadow fleet of tankers and
// a fishing fleet stay no force; and Hong Kong's and Macau's chief
// executive as the region's government, a firm's chief executive not:
// every mention as text=CODE.
func TestNamedFleets(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2015-06-09", "Russia's Black Sea fleet held drills off Crimea.", "Russia's Black Sea fleet=RUSMIL"},
		{"2024-05-03", "The Baltic fleet began exercises on Friday.", "The Baltic fleet=RUSMIL"},
		{"2024-05-03", "Russia's Northern Fleet test-fired a missile.", "Russia's Northern Fleet=RUSMIL"},
		{"2024-05-03", "Ukraine struck Russia's Black Sea Fleet in Sevastopol.", "Ukraine=UKR | Russia's Black Sea Fleet=RUSMIL"},
		{"2024-05-03", "Russia's shadow fleet of oil tankers sailed past Denmark.", "Russia=RUS | Denmark=DNK"},
		{"2024-05-03", "Norway's fishing fleet stayed in port on Friday.", "Norway=NOR"},
		{"2014-09-29", "Hong Kong's chief executive refused to meet student leaders.", "Hong Kong's chief executive=HKGGOV | student leaders=?EDU"},
		{"2023-05-02", "Hong Kong Chief Executive John Lee defended the law.", "Hong Kong Chief Executive John Lee=HKGGOV"},
		{"2023-05-02", "Macau's chief executive met Xi Jinping.", "Macau's chief executive=MACGOV | Xi Jinping=CHNGOV"},
		{"2023-05-02", "Apple's chief executive met Chinese officials.", "Chinese officials=CHNGOV"},
	}, func(mn actors.Mention) string {
		code := mn.Code
		if mn.Unresolved {
			code = "?" + code
		}
		return mn.Text + "=" + code
	})
}
